import { isAdminShortcut } from './admin-shortcut';

/** A key event as Electron's `before-input-event` describes it (keyboard only). */
export interface KeyInput {
  type: string;
  /** The character or key name for this layout ("a", "@", "F5", "ArrowLeft"). */
  key: string;
  /** The physical key ("KeyA", "F5"), the same on every layout. */
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/**
 * What to do with a key before any page sees it:
 * - allow: the page gets it (typing, editing, moving in a form)
 * - block: nobody gets it (close, reload, devtools, print dialog, history, new window…)
 * - admin: the hidden combination; the borne opens the PIN prompt
 * - zoom-in / zoom-out / zoom-reset: the borne zooms the site itself, within limits
 */
export type KeyDecision = 'allow' | 'block' | 'admin' | 'zoom-in' | 'zoom-out' | 'zoom-reset';

/** With Ctrl (or ⌘), only editing and moving inside a field: everything else is a browser command. */
const EDITING_WITH_MODIFIER = new Set([
  'KeyA',
  'KeyC',
  'KeyV',
  'KeyX',
  'KeyZ',
  'KeyY',
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Enter',
  'Space',
]);

const ZOOM_CODES: Record<string, KeyDecision> = {
  Equal: 'zoom-in',
  NumpadAdd: 'zoom-in',
  Minus: 'zoom-out',
  NumpadSubtract: 'zoom-out',
  Digit0: 'zoom-reset',
  Numpad0: 'zoom-reset',
};

/** Keys that are browser or system commands whatever the modifiers. */
const COMMAND_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserHome',
  'BrowserRefresh',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'LaunchMail',
  'LaunchApp1',
  'LaunchApp2',
  'LaunchMediaPlayer',
  'Help',
  'Props',
  'Find',
  'Open',
  'Print',
  'Save',
  'Close',
  'New',
]);

/**
 * Decides one key. The same rules hold in the borne's UI and in the site view, in both
 * profiles: the escape checklist (docs/kiosk-shell.md) lists what each rule stops. Keys
 * the OS keeps for itself (Alt+Tab, the Windows key, Ctrl+Alt+Del) never reach Electron;
 * the OS-side kiosk setup handles them.
 */
export function decideKey(input: KeyInput): KeyDecision {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return 'allow';
  if (isAdminShortcut(input)) return 'admin';
  if (
    /^F\d{1,2}$/.test(input.code) ||
    COMMAND_KEYS.has(input.key) ||
    COMMAND_KEYS.has(input.code)
  ) {
    return 'block';
  }
  // AltGr is Ctrl+Alt on Windows: "@", "€", "#" on AZERTY must type.
  if (input.control && input.alt && !input.meta) return isPrintable(input.key) ? 'allow' : 'block';
  if (input.control || input.meta) return withModifier(input);
  // Alt with a character types it on a Mac (Option); with anything else it is a command
  // (Alt+F4, Alt+←/→, Alt+Space, Alt+Home, Alt+Escape).
  if (input.alt) return isPrintable(input.key) && input.code !== 'Space' ? 'allow' : 'block';
  return 'allow';
}

function withModifier(input: KeyInput): KeyDecision {
  if (input.alt) return 'block';
  const zoom = ZOOM_CODES[input.code];
  if (zoom) return zoom;
  // "+" typed with Shift on layouts where it is not on Equal.
  if (input.key === '+') return 'zoom-in';
  if (input.key === '-') return 'zoom-out';
  if (!EDITING_WITH_MODIFIER.has(input.code)) return 'block';
  // Ctrl+Shift+V pastes as plain text, Ctrl+Shift+Z redoes; other Shift forms are commands.
  if (
    input.shift &&
    !['KeyV', 'KeyZ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(
      input.code,
    )
  ) {
    return 'block';
  }
  return 'allow';
}

function isPrintable(key: string): boolean {
  return [...key].length === 1 && !/\p{Cc}/u.test(key);
}
