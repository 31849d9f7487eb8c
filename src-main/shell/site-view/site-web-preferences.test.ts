import { describe, expect, it } from 'vitest';
import { siteWebPreferences } from './site-web-preferences';

describe('site view webPreferences', () => {
  it("follow Electron's security checklist, with no preload and no devtools", () => {
    const preferences = siteWebPreferences('borne-site-2');
    expect(preferences).toMatchObject({
      partition: 'borne-site-2',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
      plugins: false,
      spellcheck: false,
    });
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences.partition).not.toMatch(/^persist:/);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences.disableBlinkFeatures).toContain('FileSystemAccessLocal');
  });
});
