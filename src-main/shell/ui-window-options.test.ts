import { describe, expect, it } from 'vitest';
import { uiWindowOptions } from './ui-window-options';

describe('UI window options', () => {
  it('follows the security checklist in every profile', () => {
    for (const profile of ['borne', 'nomade'] as const) {
      const { webPreferences } = uiWindowOptions({
        profile,
        windowed: false,
        preloadPath: '/p.cjs',
      });
      expect(webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        preload: '/p.cjs',
      });
      expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    }
  });

  it('is a kiosk without devtools in the borne profile, a window in the nomade one', () => {
    const borne = uiWindowOptions({ profile: 'borne', windowed: false, preloadPath: 'p' });
    expect(borne).toMatchObject({ kiosk: true, fullscreen: true });
    expect(borne.webPreferences?.devTools).toBe(false);
    const nomade = uiWindowOptions({ profile: 'nomade', windowed: false, preloadPath: 'p' });
    expect(nomade).toMatchObject({ kiosk: false, fullscreen: false });
    // --windowed opens devtools on a development checkout only, never on a packaged borne.
    const packaged = uiWindowOptions({
      profile: 'borne',
      windowed: true,
      packaged: true,
      preloadPath: 'p',
    });
    expect(packaged.webPreferences?.devTools).toBe(false);
  });
});
