import type { WebPreferences } from 'electron';
import { SECURE_WEB_PREFERENCES } from '../secure-web-preferences';

/**
 * The official site's view: sandboxed, isolated, no Node, no preload at all (the page
 * gets nothing of the borne), its own in-memory partition, no devtools in any profile,
 * no plugins (a PDF becomes a download the printing service takes care of, never
 * Chromium's viewer with its Save button), no spellcheck (it would send typed words to a
 * dictionary service), no File System Access pickers (a system dialog outside our reach).
 */
export function siteWebPreferences(partition: string): WebPreferences {
  return {
    ...SECURE_WEB_PREFERENCES,
    partition,
    devTools: false,
    plugins: false,
    enableWebSQL: false,
    disableHtmlFullscreenWindowResize: true,
    autoplayPolicy: 'document-user-activation-required',
    disableBlinkFeatures: 'FileSystemAccessLocal',
  };
}
