import type { App, Session, WebContents } from 'electron';
import { originOf } from '../policy/url-origin';

export interface SecurityBaselineOptions {
  /** Origins the UI itself may be on (app://borne, the dev server in development). */
  uiOrigins: readonly string[];
  /**
   * The site views: they follow their own, per-démarche rules (shell/site-view). A
   * WebContentsView reports the type "window", so the type cannot tell them apart.
   */
  isSiteContents?: (contents: object) => boolean;
}

/**
 * Applies, to every webContents the app will ever create, what no feature may undo:
 * no new windows, no <webview>, the UI never navigates off its own origin, and every
 * permission is denied in the default session. The site view (kiosk-shell issue) adds
 * its own, per-démarche rules on top.
 */
export function applySecurityBaseline(
  app: Pick<App, 'on'>,
  defaultSession: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
  options: SecurityBaselineOptions,
): void {
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.setDevicePermissionHandler(() => false);
  app.on('web-contents-created', (_event, contents) => lockWebContents(contents, options));
}

export function lockWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'session'>,
  options: SecurityBaselineOptions,
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A site view registers itself in the same tick it is created, after this event: decide
  // then, before anything can load (loading always starts in a later task).
  queueMicrotask(() => {
    if (options.isSiteContents?.(contents)) return;
    // The UI window, and anything else that is not a site view, only shows the borne's own pages.
    contents.on('will-navigate', (event, url) => {
      if (!isOnOrigins(url, options.uiOrigins)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOnOrigins(url, options.uiOrigins)) event.preventDefault();
    });
  });
}

function isOnOrigins(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
