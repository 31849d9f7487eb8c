import type { Database } from 'better-sqlite3';
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
import { EventLog } from './stats/event-log';
import type { UsageRecorder } from './stats/usage-recorder';
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

  const adminAuth = new AdminAuth({
    db: database.db,
    onLockChange: (unlocked) => bus.emit('adminLockChanged', { unlocked }),
  });

  const catalogue = new CatalogueStore(paths.baseCatalogueFile, notices, logger.child('catalogue'));
  const connectivity = createConnectivity(catalogue, bus, options.connectivityProbeBase);
  const mostUsed = new MostUsedDemarches(database.db);
  sessions.onEnded(() => mostUsed.invalidate());

  return {
    paths,
    logger,
    bus,
    notices,
    config,
    db: database.db,
    dbInMemory: database.inMemory,
    adminAuth,
    secrets: new SecretVault(database.db, options.cipher),
    catalogue,
    sessions,
    usage: new EventLog(database.db),
    sheets: new SheetStore([paths.baseSheetsDir], logger.child('sheets')),
    connectivity,
    mostUsed,
    appVersion: options.appVersion,
    transport: options.transport,
    close: () => {
      connectivity.close();
      closeDatabase(database.db);
    },
  };
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
  catalogue: CatalogueStore,
  bus: EventBus<ApiEventMap>,
  probeBase: string | undefined,
): ConnectivityMonitor {
  return new ConnectivityMonitor({
    hosts: () => catalogue.current.demarches.map((demarche) => new URL(demarche.startUrl).hostname),
    probe: (host) => probeUrl(probeTargetFor(host, probeBase), PROBE_TIMEOUT_MS),
    onChange: (snapshot) => bus.emit('connectivityChanged', { state: snapshot.state }),
  });
}
