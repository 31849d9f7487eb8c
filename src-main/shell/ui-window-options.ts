import type { BrowserWindowConstructorOptions } from 'electron';
import { SECURE_WEB_PREFERENCES } from './secure-web-preferences';

export type ProfileKind = 'borne' | 'nomade';

export interface UiWindowInput {
  profile: ProfileKind;
  /** Development switch: a normal window even for the "borne" profile. */
  windowed: boolean;
  /** A packaged borne never gets devtools, whatever the switches. */
  packaged?: boolean;
  preloadPath: string;
}

/**
 * The UI window's options, per Electron's security checklist: isolated, sandboxed, no
 * Node, web security on, no webview tag, no devtools in the kiosk profile. The "borne"
 * profile is a full-screen kiosk; "nomade" is a normal window on a laptop.
 */
export function uiWindowOptions(input: UiWindowInput): BrowserWindowConstructorOptions {
  const kiosk = input.profile === 'borne' && !input.windowed;
  return {
    show: false,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: 'Borne',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: input.preloadPath,
      devTools: input.profile === 'nomade' || (input.windowed && input.packaged !== true),
    },
  };
}
