import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary =
  { path: string; reason?: undefined } | { path?: undefined; reason: string };

const ELECTRON_PACKAGE = resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron');

/**
 * Finds the Electron executable the way the electron package would, without requiring
 * it: requiring 'electron' under Node starts a download (Electron ≥ 42), which fails
 * where GitHub is unreachable.
 */
export function findElectronBinary(): ElectronBinary {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative ?? 'electron');
    if (existsSync(candidate)) return { path: candidate };
    return { reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (!relative) {
    return {
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing). Since ' +
        'Electron 42 it is downloaded on first run; on a machine that reaches GitHub, run ' +
        '`npx install-electron --no` or `npm start` once, then run the tests again',
    };
  }
  const binary = join(ELECTRON_PACKAGE, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` };
}
