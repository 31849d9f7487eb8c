import type { BrowserWindow, WebContents } from 'electron';
import { guardKeyboard } from './site-view/input-guard';

export interface UiLockdownOptions {
  profile: 'borne' | 'nomade';
  onAdminShortcut(): void;
  /** True once the app is quitting on purpose (admin, OS shutdown): the window may close. */
  isQuitting(): boolean;
}

/**
 * The borne's own window: the shortcut rules on its webContents too (no reload, no
 * devtools, no print dialog from the UI), no pinch or browser zoom (the UI has its own
 * text sizes), the mouse's back/forward buttons do nothing, and in the "borne" profile
 * the window cannot be closed (Alt+F4 and the window manager's close are refused).
 */
export function lockUiWindow(
  window: Pick<BrowserWindow, 'on'>,
  contents: Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>,
  options: UiLockdownOptions,
): void {
  guardKeyboard(contents, { onAdminShortcut: options.onAdminShortcut });
  void contents.setVisualZoomLevelLimits(1, 1);
  window.on('app-command', (event, command) => {
    if (command.startsWith('browser-')) event.preventDefault();
  });
  if (options.profile === 'borne') {
    window.on('close', (event) => {
      if (!options.isQuitting()) event.preventDefault();
    });
  }
}
