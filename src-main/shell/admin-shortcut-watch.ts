import type { WebContents } from 'electron';
import { isAdminShortcut } from '../policy/admin-shortcut';

/**
 * Watches a webContents (the UI, and later each site view) for the hidden admin
 * combination; the key never reaches the page, and the UI is told to show the PIN prompt.
 */
export function watchAdminShortcut(
  contents: Pick<WebContents, 'on'>,
  onShortcut: () => void,
): void {
  contents.on('before-input-event', (event, input) => {
    if (input.type !== 'keyDown') return;
    if (!isAdminShortcut(input)) return;
    event.preventDefault();
    onShortcut();
  });
}
