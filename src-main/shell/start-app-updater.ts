import type { App } from 'electron';
import { accessSync, constants } from 'node:fs';
import { autoUpdateSupport } from '../policy/app-update-policy';
import type { Services } from '../services/create-services';
import { readOrCreateRolloutId } from '../services/updates/rollout-id';
import { verifyRelease } from '../services/updates/release-verifier';
import { asUpdaterPort, ShellAppUpdater } from './app-updater';
import { join } from 'node:path';

/**
 * Starts the app updater where this install can update itself (per-user NSIS, an AppImage
 * the kiosk account owns); elsewhere admin mode says why not. electron-updater is loaded
 * only here: it imports 'electron' when it loads.
 */
export async function startAppUpdater(
  app: Pick<App, 'isPackaged'>,
  services: Services,
): Promise<ShellAppUpdater | null> {
  const appImagePath = process.env.APPIMAGE;
  const support = autoUpdateSupport({
    isPackaged: app.isPackaged,
    platform: process.platform,
    appImagePath,
    appImageWritable: appImagePath !== undefined && isWritable(appImagePath),
  });
  if (!support.supported) {
    services.appUpdates.set({ phase: 'unsupported', reason: support.reason });
    return null;
  }
  const { autoUpdater } = await import('electron-updater');
  const updater = new ShellAppUpdater({
    updater: asUpdaterPort(autoUpdater),
    status: services.appUpdates,
    support,
    settings: () => ({
      updates: services.config.current.updates,
      hours: services.config.current.centre.hours,
    }),
    sessions: services.sessions,
    rolloutId: readOrCreateRolloutId(join(services.paths.dataDir, 'updates')),
    keyring: services.content.keyring,
    verify: verifyRelease,
    platform: process.platform,
    arch: process.arch,
    logger: services.logger.child('updater'),
  });
  updater.start();
  return updater;
}

function isWritable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
