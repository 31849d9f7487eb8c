import type { WebContents } from 'electron';
import { decideKey, type KeyDecision } from '../../policy/shortcut-rules';
import type { ZoomAction } from '../../policy/zoom-rules';

export type KeyboardContents = Pick<WebContents, 'on'>;

export interface KeyboardGuardHandlers {
  onAdminShortcut(): void;
  /** Only the site view zooms (within limits); the UI has its own text sizes. */
  onZoom?(action: ZoomAction): void;
  /** A key the resident pressed (not a blocked command): they are still there. */
  onInput?(): void;
}

/**
 * Applies the shortcut rules (policy/shortcut-rules) at `before-input-event`, before
 * any page or menu sees the key: commands are swallowed, the hidden combination opens the
 * PIN prompt, zoom keys become the borne's own bounded zoom.
 */
export function guardKeyboard(contents: KeyboardContents, handlers: KeyboardGuardHandlers): void {
  contents.on('before-input-event', (event, input) => {
    const decision: KeyDecision = decideKey(input);
    if (decision === 'allow') {
      if (input.type === 'keyDown' || input.type === 'rawKeyDown') handlers.onInput?.();
      return;
    }
    event.preventDefault();
    if (decision === 'admin') handlers.onAdminShortcut();
    else if (decision !== 'block') handlers.onZoom?.(decision);
  });
}

export type PointerContents = Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>;

const ACTIVITY_EVENTS = new Set([
  'mouseDown',
  'mouseWheel',
  'touchStart',
  'gestureTap',
  'gestureScrollBegin',
]);

/**
 * Clicks, touches and the wheel in the site count as the resident being there (throttled:
 * the idle timer needs one sign a second, not every mouse move). Ctrl + wheel asks for
 * zoom (`zoom-changed`): the borne applies its own bounded step. Pinch-zoom stays off.
 */
export function watchPointer(
  contents: PointerContents,
  handlers: { onInput(): void; onZoom(action: ZoomAction): void },
  now: () => number = Date.now,
): void {
  let last = -Infinity;
  contents.on('input-event', (_event, input) => {
    if (!ACTIVITY_EVENTS.has(input.type)) return;
    const at = now();
    if (at - last < 1000) return;
    last = at;
    handlers.onInput();
  });
  contents.on('zoom-changed', (_event, direction) => {
    handlers.onZoom(direction === 'in' ? 'zoom-in' : 'zoom-out');
  });
  void contents.setVisualZoomLevelLimits(1, 1);
}
