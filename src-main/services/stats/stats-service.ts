import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { CentreConfig } from '../../api/contract/config';
import type {
  StatsDashboardDto,
  StatsPeriod,
  SyncStatusDto,
} from '../../api/contract/namespaces/stats';
import type { UsageEvent } from '../../api/contract/usage-event';
import type { Logger } from '../logging/logger';
import type { ResidentSessions } from '../resident-session/resident-sessions';
import type { SecretVault } from '../secrets/secret-vault';
import { DashboardQuery } from './dashboard-query';
import { EventLog, type UsageContext } from './event-log';
import { heartbeatEvent, type PrinterProbe } from './heartbeat';
import { trackingEndpoint } from './matomo/bulk-sender';
import { MatomoSync, type MatomoSyncOptions, type SyncSnapshot } from './matomo/matomo-sync';
import { StatsMaintenance } from './retention';
import { StatsState } from './stats-state';
import type { UsageRecorder } from './usage-recorder';

export const MATOMO_TOKEN_SECRET = 'matomo.token';
const HOUR_MS = 3_600_000;

export interface StatsServiceOptions {
  db: Database;
  config: { readonly current: CentreConfig; onChange(listener: () => void): () => void };
  sessions: ResidentSessions;
  secrets: SecretVault;
  appVersion: string;
  dataDir: string;
  logger: Logger;
  now?: () => number;
  /** Test and benchmark knobs of the Matomo sync (timeouts, backoff, HTTP). */
  sync?: Partial<Pick<MatomoSyncOptions, 'timeoutMs' | 'backoff' | 'idleIntervalMs' | 'post'>>;
  /** Told when recording fails (disk full…): the borne serves on, admin mode says so. */
  onRecordError?: (error: unknown) => void;
}

/**
 * Anonymous usage statistics: the event log, session start/end and heartbeat recording,
 * the daily roll-up and retention, the dashboard's figures and the Matomo sync. A failure
 * to record never reaches the feature that recorded: statistics must not stop a resident.
 */
export class StatsService implements UsageRecorder {
  readonly log: EventLog;
  readonly maintenance: StatsMaintenance;
  readonly sync: MatomoSync;
  private readonly dashboard: DashboardQuery;
  private readonly now: () => number;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unsubscribe: (() => void)[] = [];
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private printerProbe: PrinterProbe = () => Promise.resolve('none');
  private closed = false;

  constructor(private readonly options: StatsServiceOptions) {
    const { db, config } = options;
    this.now = options.now ?? Date.now;
    this.log = new EventLog(db, {
      now: this.now,
      context: () => usageContext(config.current, options.appVersion),
      defaultLanguage: () => config.current.languages.default,
    });
    this.maintenance = new StatsMaintenance(db);
    this.dashboard = new DashboardQuery(db, () => this.maintenance.rolledUpTo);
    const installId = new StatsState(db).getOrCreate('install_id', () =>
      randomBytes(16).toString('hex'),
    );
    this.sync = new MatomoSync({
      db,
      installId,
      now: this.now,
      target: () => syncTarget(config.current),
      token: () => options.secrets.get(MATOMO_TOKEN_SECRET),
      defaultLanguage: () => config.current.languages.default,
      logger: options.logger,
      ...options.sync,
    });
  }

  private get settings(): CentreConfig['stats'] {
    return this.options.config.current.stats;
  }

  record(event: UsageEvent, sessionId: string | null): void {
    if (this.closed || !this.settings.enabled) return;
    try {
      this.log.record(event, sessionId);
    } catch (error) {
      this.options.logger.error('usage event not recorded', {
        type: event.type,
        error: String(error),
      });
      this.options.onRecordError?.(error);
    }
  }

  /** Hooks the resident sessions, starts the heartbeat, the roll-up and the sync loop. */
  start(): void {
    const { sessions, config } = this.options;
    this.unsubscribe.push(
      sessions.onStart((session) => this.record({ type: 'session.start' }, session.id)),
      sessions.onEnd((ended) => {
        const durationSeconds = Math.max(
          0,
          Math.round((ended.endedAtMs - ended.startedAtMs) / 1000),
        );
        this.record({ type: 'session.end', durationSeconds, reason: ended.reason }, ended.id);
        this.sync.trigger();
      }),
      config.onChange(() => {
        this.armHeartbeat();
        this.sync.trigger();
      }),
    );
    this.runMaintenance();
    this.timers.push(setInterval(() => this.runMaintenance(), HOUR_MS).unref());
    this.armHeartbeat();
    void this.beat();
    this.sync.start();
  }

  /** The printing feature plugs in here to report its printer in the heartbeat. */
  setPrinterProbe(probe: PrinterProbe): void {
    this.printerProbe = probe;
  }

  async beat(): Promise<void> {
    const event = await heartbeatEvent(
      this.options.appVersion,
      this.options.dataDir,
      this.printerProbe,
    );
    this.record(event, null);
  }

  runMaintenance(): void {
    if (this.closed) return;
    try {
      this.maintenance.run(
        this.now(),
        this.settings.retentionMonths,
        syncTarget(this.options.config.current) !== null,
      );
    } catch (error) {
      this.options.logger.error('statistics maintenance failed', { error: String(error) });
    }
  }

  dashboardFor(period: StatsPeriod): StatsDashboardDto {
    const { centre, profile } = this.options.config.current;
    return {
      period,
      generatedAt: new Date(this.now()).toISOString(),
      centre: {
        name: centre.name,
        territory: centre.territory.name,
        place: profile.placeTag ?? '',
      },
      ...this.dashboard.figures(period),
    };
  }

  async syncStatus(): Promise<SyncStatusDto> {
    const snapshot = await this.sync.snapshot();
    const matomo = this.settings.matomo;
    return toSyncStatusDto(snapshot, {
      url: matomo.url,
      siteId: matomo.siteId,
      protection: this.options.secrets.protection,
      activity: this.settings.enabled ? snapshot.activity : 'stopped',
    });
  }

  async setMatomoToken(token: string): Promise<SyncStatusDto> {
    await this.options.secrets.set(MATOMO_TOKEN_SECRET, token);
    this.sync.trigger();
    return this.syncStatus();
  }

  async clearMatomoToken(): Promise<SyncStatusDto> {
    this.options.secrets.delete(MATOMO_TOKEN_SECRET);
    return this.syncStatus();
  }

  async syncNow(): Promise<SyncStatusDto> {
    this.sync.trigger();
    await this.sync.syncPass();
    return this.syncStatus();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    for (const off of this.unsubscribe.splice(0)) off();
    await this.sync.stop();
  }

  private armHeartbeat(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    const every = this.settings.heartbeatMinutes * 60_000;
    this.heartbeatTimer = setInterval(() => void this.beat(), every).unref();
  }
}

export function usageContext(config: CentreConfig, appVersion: string): UsageContext {
  return {
    centre: config.centre.id,
    territory: config.centre.territory.id,
    profile: config.profile.kind,
    place: config.profile.kind === 'nomade' ? (config.profile.placeTag ?? '') : '',
    appVersion,
  };
}

function syncTarget(config: CentreConfig) {
  const { enabled, matomo } = config.stats;
  if (!enabled || matomo.url === null) return null;
  return {
    endpoint: trackingEndpoint(matomo.url),
    siteId: matomo.siteId,
    dimensions: matomo.dimensions,
    batchSize: matomo.batchSize,
  };
}

function toSyncStatusDto(
  snapshot: SyncSnapshot,
  extra: Pick<SyncStatusDto, 'url' | 'siteId' | 'protection' | 'activity'>,
): SyncStatusDto {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    ...snapshot,
    ...extra,
    lastSuccessAt: iso(snapshot.lastSuccessAt),
    nextAttemptAt: iso(snapshot.nextAttemptAt),
    lastError: snapshot.lastError && {
      ...snapshot.lastError,
      at: new Date(snapshot.lastError.at).toISOString(),
    },
  };
}
