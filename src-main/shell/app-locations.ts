import type { App } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface AppLocations {
  rendererDir: string;
  preloadPath: string;
  kioskConfigDir: string;
  /** better-sqlite3 built for this Electron, when running from a source checkout. */
  nativeBinding?: string;
}

/**
 * Where the built pieces are. Packaged: inside the asar, with kiosk-config beside it in
 * resources/. From a checkout (`npm start`): under dist/, and the SQLite addon that
 * `scripts/electron-native.mjs` built for Electron's ABI (node_modules keeps Node's).
 */
export function appLocations(
  app: Pick<App, 'getAppPath' | 'isPackaged'>,
  resourcesPath: string,
  electronVersion: string,
): AppLocations {
  const root = app.getAppPath();
  const locations: AppLocations = {
    rendererDir: join(root, 'dist', 'renderer'),
    preloadPath: join(root, 'dist', 'preload', 'preload.cjs'),
    kioskConfigDir: app.isPackaged
      ? join(resourcesPath, 'kiosk-config')
      : join(root, 'kiosk-config'),
  };
  const devAddon = join(
    root,
    '.cache',
    'electron-native',
    `better_sqlite3-electron-${electronVersion}.node`,
  );
  if (!app.isPackaged && existsSync(devAddon)) locations.nativeBinding = devAddon;
  return locations;
}
