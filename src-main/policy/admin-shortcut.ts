/** A key press as both Electron's before-input-event and the DOM describe it. */
export interface KeyPress {
  /** Physical key ("KeyB"): the same on AZERTY, QWERTY and Arabic layouts. */
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/**
 * The hidden combination that opens the referent's PIN prompt: Ctrl + Alt + Shift + B.
 * Three modifiers make it impossible to hit by chance; the PIN is the real lock.
 */
export function isAdminShortcut(press: KeyPress): boolean {
  return press.code === 'KeyB' && press.control && press.alt && press.shift && !press.meta;
}
