import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../secure-web-preferences';
import { siteWebPreferences } from './site-web-preferences';

describe('site view webPreferences', () => {
  it("follow Electron's security checklist, with no preload and no devtools", () => {
    const preferences = siteWebPreferences('borne-site-2');
    expect(preferences).toMatchObject({
      ...SECURE_WEB_PREFERENCES,
      partition: 'borne-site-2',
      devTools: false,
      plugins: false,
    });
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences.partition).not.toMatch(/^persist:/);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences.disableBlinkFeatures).toContain('FileSystemAccessLocal');
  });
});
