import type { WebPreferences } from 'electron';

/**
 * What every webContents of the borne gets, per Electron's security checklist: isolated,
 * sandboxed, no Node anywhere, web security on, no insecure content, no experimental
 * features, no <webview>, no navigation by dropping a link or file, no spellcheck service,
 * dialogs a page cannot loop. The UI window and the site view add their own on top.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const satisfies WebPreferences;
