import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Where everything of the borne lives on disk. */
export interface BornePaths {
  dataDir: string;
  configFile: string;
  /** False when the config path was given on the command line or in BORNE_CONFIG. */
  configIsDefault: boolean;
  lastGoodConfigFile: string;
  /** Files the config names (the centre's logo), uploaded in admin mode. */
  configAssetsDir: string;
  databaseFile: string;
  logsDir: string;
  secretKeyFile: string;
  /** Per-resident temporary files (downloaded PDFs); emptied at every session end. */
  sessionTempDir: string;
  /** The read-only kiosk-config folder shipped with the app (demo, catalogue, packs). */
  kioskConfigDir: string;
  demoConfigFile: string;
  /** The base catalogue of démarches shipped with the app. */
  baseCatalogueFile: string;
  /** The federation's Ed25519 public key for PIN reset files (absent = no recovery by file). */
  pinResetKeyFile: string;
  /** The federation's content bundle in force, its sync state and last changes. */
  contentDir: string;
  /** Public keys the borne trusts for the federation's signatures (<keyId>.pub.pem). */
  trustedKeysDir: string;
  /** The help sheets shipped with the app (kiosk-config/sheets/<sheet-id>/<lang>.md). */
  baseSheetsDir: string;
}

export interface StartupOptions {
  configFile?: string;
  dataDir?: string;
  port?: number;
  /** Development: open a normal window even in the "borne" profile. */
  windowed: boolean;
}

/**
 * Reads `--config <file>`, `--data-dir <dir>`, `--port <n>`, `--windowed`, with
 * BORNE_CONFIG / BORNE_DATA_DIR as fallbacks. Unknown switches are ignored: Electron
 * and Chromium pass their own.
 */
export function readStartupOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): StartupOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      config: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      windowed: { type: 'boolean' },
    },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const port = text(values.port);
  const configFile = text(values.config) ?? text(env.BORNE_CONFIG);
  const dataDir = text(values['data-dir']) ?? text(env.BORNE_DATA_DIR);
  return {
    ...(configFile ? { configFile } : {}),
    ...(dataDir ? { dataDir } : {}),
    ...(port !== undefined && /^\d+$/.test(port) ? { port: Number(port) } : {}),
    windowed: values.windowed === true || env.BORNE_WINDOWED === '1',
  };
}

export function resolveBornePaths(input: {
  dataDir: string;
  kioskConfigDir: string;
  configFile?: string;
  cwd?: string;
}): BornePaths {
  const cwd = input.cwd ?? process.cwd();
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const dataDir = absolute(input.dataDir);
  const defaultConfig = join(dataDir, 'config', 'centre-config.json');
  return {
    dataDir,
    configFile: input.configFile ? absolute(input.configFile) : defaultConfig,
    configIsDefault: !input.configFile,
    lastGoodConfigFile: join(dataDir, 'config', 'centre-config.last-good.json'),
    configAssetsDir: join(dataDir, 'config', 'assets'),
    databaseFile: join(dataDir, 'data', 'borne.db'),
    logsDir: join(dataDir, 'logs'),
    secretKeyFile: join(dataDir, 'data', 'secret.key'),
    sessionTempDir: join(dataDir, 'session-temp'),
    kioskConfigDir: absolute(input.kioskConfigDir),
    demoConfigFile: join(absolute(input.kioskConfigDir), 'demo-centre.json'),
    baseCatalogueFile: join(absolute(input.kioskConfigDir), 'catalogue', 'base-catalogue.json'),
    pinResetKeyFile: join(absolute(input.kioskConfigDir), 'federation', 'pin-reset-public-key.pem'),
    contentDir: join(dataDir, 'content'),
    trustedKeysDir: join(absolute(input.kioskConfigDir), 'keys'),
    baseSheetsDir: join(absolute(input.kioskConfigDir), 'sheets'),
  };
}
