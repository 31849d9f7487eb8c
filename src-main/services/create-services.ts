import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import type { Catalogue } from '../api/contract/catalogue';
import type { ApiEventMap } from '../api/contract/events';
import { AdminAuth } from './admin-auth/admin-auth';
import { ConfigStore } from './config/config-store';
import { ALL_MIGRATIONS } from './database/migration-registry';
import { closeDatabase, openDatabase } from './database/open-database';
import { createEventBus, type EventBus } from './events/event-bus';
import type { Logger } from './logging/logger';
import { NoticeBoard } from './notices/notice-board';
import type { SecretCipher } from './secrets/secret-cipher';
import { SecretVault } from './secrets/secret-vault';
import type { BornePaths } from './startup/paths';
import { CatalogueStore } from './catalogue/catalogue-store';
import { ResidentSessions } from './resident-session/resident-sessions';
import { StatsService } from './stats/stats-service';
import type { UsageRecorder } from './stats/usage-recorder';
import { PinRecovery } from './admin-auth/pin-recovery';
import { ConfigEditor } from './customisation/config-editor';
import { ConfigHistory } from './customisation/config-history';
import { LogoStore } from './customisation/logo-store';
import { ResidentCatalogue } from './customisation/resident-catalogue';
import { checkPortalAgainstCatalogue } from '../policy/catalogue-customisation';
import { CANNOT_RESTART, type RestartPort } from './maintenance/restart-port';
import { ContentUpdates } from './content/content-updates';
import { AppUpdateStatus } from './updates/app-update-status';
import { createPrinting, type Printing } from './printing/create-printing';
import type { PrintSystem } from './printing/print-system';
import type { Clock } from './kiosk-session/clock';
import { createKioskServices, type KioskServices } from './kiosk-session/kiosk-services';
import { createToolServices, type ToolServices } from './tools/create-tool-services';
import { SheetStore } from './sheets/sheet-store';
import { ConnectivityMonitor } from './connectivity/connectivity-monitor';
import { PROBE_TIMEOUT_MS, probeTargetFor, probeUrl } from './connectivity/host-probe';
import { MostUsedDemarches } from './portal/most-used';

export interface ServiceOptions {
  paths: BornePaths;
  logger: Logger;
  /** safeStorage in the app, a key file in the preview host. */
  cipher: SecretCipher;
  appVersion: string;
  transport: 'electron' | 'preview';
  /** better-sqlite3 addon built for Electron, in development runs of the app. */
  nativeBinding?: string;
  /** app.relaunch() in the Electron shell; absent = this host cannot restart itself. */
  restart?: RestartPort;
  /** Admin mode locks itself after this long without input (default 5 minutes). */
  adminIdleLockMs?: number;
  /** Overrides paths.trustedKeysDir (preview host and tests only, never the app). */
  trustedKeysDir?: string;
  /** The platform's printing (CUPS or Windows) unless given (tests: a private CUPS). */
  printSystem?: PrintSystem;
  /** The idle countdown's clock (a fake one in tests). */
  clock?: Clock;
  /** Probe hosts through this loopback base instead of the internet (preview host, tests). */
  connectivityProbeBase?: string;
}

/** Everything the API handlers and the shell use; built once by a composition root. */
export interface Services {
  paths: BornePaths;
  logger: Logger;
  bus: EventBus<ApiEventMap>;
  notices: NoticeBoard;
  config: ConfigStore;
  db: Database;
  dbInMemory: boolean;
  adminAuth: AdminAuth;
  secrets: SecretVault;
  /** The démarches and themes. */
  catalogue: CatalogueStore;
  /** The resident session in progress; features hook their clean-up on its end. */
  sessions: ResidentSessions;
  /** Anonymous usage statistics. */
  usage: UsageRecorder;
  /** What residents see: the catalogue with the centre's customisations (custom links too). */
  residentCatalogue: ResidentCatalogue;
  /** Admin edits of the config: saved, recorded in the history, undoable. */
  configEditor: ConfigEditor;
  configHistory: ConfigHistory;
  logos: LogoStore;
  pinRecovery: PinRecovery;
  restart: RestartPort;
  /** The federation's signed content (catalogue, sheet packs…): fetched, verified, in force. */
  content: ContentUpdates;
  /** The app updater's state (set by the shell; "unsupported" in the preview host). */
  appUpdates: AppUpdateStatus;
  /** Pages, PDFs and tickets to the printers; the referent's printer settings. */
  printing: Printing['printing'];
  printAdmin: Printing['admin'];
  /** The kiosk around the official sites: idle countdown, site controller. */
  kiosk: KioskServices;
  /** The statistics service behind `usage`: dashboard, roll-up, Matomo sync, heartbeat. */
  stats: StatsService;
  /** Pense-bête, directory, glossary, accompaniment log (create-tool-services.ts). */
  tools: ToolServices;
  /** Help sheets, base ones and (later) the centre's own. */
  sheets: SheetStore;
  /** Which official sites answer. */
  connectivity: ConnectivityMonitor;
  /** The démarches most opened at this borne, for the home screen. */
  mostUsed: MostUsedDemarches;
  appVersion: string;
  transport: 'electron' | 'preview';
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const { paths, logger } = options;
  const bus = createEventBus<ApiEventMap>((error) =>
    logger.error('event listener failed', { error: String(error) }),
  );
  const notices = new NoticeBoard();
  notices.onChange((count) => bus.emit('noticesChanged', { count }));

  const config = ConfigStore.open(
    {
      configFile: paths.configFile,
      lastGoodFile: paths.lastGoodConfigFile,
      demoFile: paths.demoConfigFile,
      createFromDemo: paths.configIsDefault,
    },
    notices,
    logger.child('config'),
  );
  config.onChange(() => bus.emit('configChanged', { reason: 'saved' }));

  const database = openDatabase({
    file: paths.databaseFile,
    migrations: ALL_MIGRATIONS,
    logger: logger.child('database'),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  reportDatabaseState(database, paths.databaseFile, notices);

  const sessions = new ResidentSessions(Date.now, (error) =>
    logger.error('session end hook failed', { error: String(error) }),
  );
  sessions.onStart((session) => bus.emit('sessionStarted', { id: session.id }));
  sessions.onEnded((ended) => bus.emit('sessionEnded', { reason: ended.reason }));

  const secrets = new SecretVault(database.db, options.cipher);
  const stats = new StatsService({
    db: database.db,
    config,
    sessions,
    secrets,
    appVersion: options.appVersion,
    dataDir: paths.dataDir,
    logger: logger.child('stats'),
    onRecordError: () =>
      notices.add({ code: 'stats-record-failed', severity: 'warning', params: {} }),
  });
  stats.start();
  const usage: UsageRecorder = stats;
  const printing = createPrinting({
    db: database.db,
    config,
    sessions,
    usage,
    bus,
    logger: logger.child('printing'),
    sessionTempDir: paths.sessionTempDir,
    ...(options.printSystem ? { system: options.printSystem } : {}),
  });

  const adminAuth = new AdminAuth({
    db: database.db,
    onLockChange: (unlocked) => bus.emit('adminLockChanged', { unlocked }),
    ...(options.adminIdleLockMs ? { idleLockMs: options.adminIdleLockMs } : {}),
  });
  // A resident starting a session means the referent has left: admin mode closes.
  sessions.onStart(() => adminAuth.lock());
  // The idle lock is checked on every call; this also tells an open admin screen in time.
  const idleCheck = setInterval(() => adminAuth.state(), 10_000);
  idleCheck.unref();

  const catalogue = new CatalogueStore(paths.baseCatalogueFile, notices, logger.child('catalogue'));
  config.addRule((candidate) => checkPortalAgainstCatalogue(catalogue.current, candidate.portal));
  const configHistory = new ConfigHistory(database.db);

  const content = new ContentUpdates({
    contentDir: paths.contentDir,
    trustedKeysDir: options.trustedKeysDir ?? paths.trustedKeysDir,
    config,
    catalogue,
    notices,
    logger: logger.child('content'),
  });
  content.sync.onCheck(() => bus.emit('updatesChanged', {}));
  content.store.onChange(() =>
    bus.emit('catalogueChanged', { version: catalogue.current.version }),
  );
  const appUpdates = new AppUpdateStatus();
  appUpdates.onChange(() => bus.emit('updatesChanged', {}));

  const residentCatalogue = new ResidentCatalogue(catalogue, config);
  const tools = createToolServices({
    db: database.db,
    kioskConfigDir: paths.kioskConfigDir,
    config,
    catalogue: residentCatalogue,
    sessions,
    usage,
    notices,
    logger,
  });

  const connectivity = createConnectivity(residentCatalogue, bus, options.connectivityProbeBase);
  const mostUsed = new MostUsedDemarches(database.db);
  sessions.onEnded(() => mostUsed.invalidate());

  const services: Omit<Services, 'kiosk'> = {
    paths,
    logger,
    bus,
    notices,
    config,
    db: database.db,
    dbInMemory: database.inMemory,
    adminAuth,
    secrets,
    catalogue,
    sessions,
    usage,
    stats,
    residentCatalogue,
    tools,
    sheets: new SheetStore([paths.baseSheetsDir], logger.child('sheets')),
    connectivity,
    mostUsed,
    configEditor: new ConfigEditor(config, configHistory),
    configHistory,
    logos: new LogoStore(paths.configAssetsDir, [join(paths.kioskConfigDir, 'assets')]),
    pinRecovery: new PinRecovery(database.db, paths.pinResetKeyFile),
    restart: options.restart ?? CANNOT_RESTART,
    content,
    appUpdates,
    printing: printing.printing,
    printAdmin: printing.admin,
    appVersion: options.appVersion,
    transport: options.transport,
    close: () => {
      clearInterval(idleCheck);
      content.stop();
      printing.printing.close();
      void stats.close();
      connectivity.close();
      closeDatabase(database.db);
    },
  };
  const kiosk = createKioskServices({
    ...services,
    sessionTempDir: paths.sessionTempDir,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { ...services, kiosk };
}

function reportDatabaseState(
  database: ReturnType<typeof openDatabase>,
  file: string,
  notices: NoticeBoard,
): void {
  if (database.recovery) {
    notices.add({
      code: 'database-recovered',
      severity: 'warning',
      params: { movedTo: database.recovery.movedTo, reason: database.recovery.reason },
    });
  }
  if (database.inMemory) {
    notices.add({ code: 'database-in-memory', severity: 'error', params: { file } });
  }
}

/** Probes the start host of every démarche; tells the UI when the picture changes. */
function createConnectivity(
  catalogue: { readonly current: Catalogue },
  bus: EventBus<ApiEventMap>,
  probeBase: string | undefined,
): ConnectivityMonitor {
  return new ConnectivityMonitor({
    hosts: () => catalogue.current.demarches.map((demarche) => new URL(demarche.startUrl).hostname),
    probe: (host) => probeUrl(probeTargetFor(host, probeBase), PROBE_TIMEOUT_MS),
    onChange: (snapshot) => bus.emit('connectivityChanged', { state: snapshot.state }),
  });
}
