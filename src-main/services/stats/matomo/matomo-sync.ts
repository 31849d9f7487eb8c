import type { Database } from 'better-sqlite3';
import type { MatomoDimensionIds } from '../../../api/contract/config/stats';
import type { Logger } from '../../logging/logger';
import { StatsState } from '../stats-state';
import { backoffDelay, type BackoffPolicy } from './backoff';
import { postBulk, type BulkOutcome, type PostBulk, type SyncError } from './bulk-sender';
import { MatomoOutbox, UNAUTHENTICATED_AGE_LIMIT_MS } from './outbox';
import { trackingQuery, type OutboxEvent, type TrackingTarget } from './tracking-request';

export interface SyncTarget {
  endpoint: string;
  siteId: number;
  dimensions: MatomoDimensionIds;
  batchSize: number;
}

export interface MatomoSyncOptions {
  db: Database;
  /** Where to send, from the config in force; null when no Matomo is set up. */
  target: () => SyncTarget | null;
  /** The write token from the secret vault, or null. */
  token: () => Promise<string | null>;
  installId: string;
  defaultLanguage: () => string;
  now?: () => number;
  random?: () => number;
  post?: PostBulk;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  /** Pause between passes when everything went out. */
  idleIntervalMs?: number;
  logger?: Logger;
}

export type SyncActivity = 'off' | 'idle' | 'sending' | 'waiting-retry' | 'stopped';

export interface SyncSnapshot {
  activity: SyncActivity;
  pending: number;
  heldForToken: number;
  delivered: number;
  refused: number;
  lastSuccessAt: number | null;
  lastError: (SyncError & { at: number }) | null;
  nextAttemptAt: number | null;
  tokenSet: boolean;
}

export interface PassResult {
  sent: number;
  failed: boolean;
}

/**
 * Delivers the event log to Matomo, offline-first: batches in event order, one at a time;
 * a batch is marked delivered only when Matomo answers success; any failure (timeout,
 * reset, 5xx, not Matomo) stops the pass and retries it later with backoff and jitter.
 * Everything it needs to resume lives in the database, so a restart picks up where the
 * last acknowledged batch ended.
 */
export class MatomoSync {
  private readonly outbox: MatomoOutbox;
  private readonly state: StatsState;
  private readonly now: () => number;
  private activity: SyncActivity = 'idle';
  private failures = 0;
  private nextAttemptAt: number | null = null;
  private running: Promise<PassResult> | null = null;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: MatomoSyncOptions) {
    this.outbox = new MatomoOutbox(options.db);
    this.state = new StatsState(options.db);
    this.now = options.now ?? Date.now;
  }

  /** Starts the background loop (idempotent). */
  start(): void {
    if (this.loop) return;
    this.stopped = false;
    this.loop = this.runLoop();
  }

  /** Stops the loop after the batch in flight, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.activity = 'stopped';
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** Ends the current wait: a session ended, a token was entered, "sync now". */
  trigger(): void {
    this.failures = 0;
    this.wake?.();
  }

  /** One pass: sends batches until nothing is left or a batch fails. */
  syncPass(): Promise<PassResult> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  async snapshot(): Promise<SyncSnapshot> {
    const tokenSet = (await this.options.token()) !== null;
    const counts = this.outbox.counts(tokenSet ? null : this.now() - UNAUTHENTICATED_AGE_LIMIT_MS);
    const lastError = this.state.get('last_error');
    const lastSuccess = this.state.get('last_success_at');
    return {
      activity: this.options.target() ? this.activity : 'off',
      ...counts,
      ...this.outbox.totals(),
      lastSuccessAt: lastSuccess === null ? null : Number(lastSuccess),
      lastError: lastError === null ? null : (JSON.parse(lastError) as SyncSnapshot['lastError']),
      nextAttemptAt: this.nextAttemptAt,
      tokenSet,
    };
  }

  private async runLoop(): Promise<void> {
    while (!this.stopped) {
      const result = await this.syncPass().catch((error: unknown) => {
        this.options.logger?.error('matomo sync pass failed', { error: String(error) });
        return { sent: 0, failed: true };
      });
      // stop() may have been called while the pass ran.
      if (this.isStopped()) break;
      this.failures = result.failed ? this.failures + 1 : 0;
      const delay = result.failed
        ? backoffDelay(this.failures, this.policy(), this.options.random)
        : (this.options.idleIntervalMs ?? 60_000);
      this.activity = result.failed ? 'waiting-retry' : 'idle';
      this.nextAttemptAt = this.now() + delay;
      await this.sleep(delay);
      this.nextAttemptAt = null;
    }
  }

  private async pass(): Promise<PassResult> {
    const target = this.options.target();
    if (!target) return { sent: 0, failed: false };
    const token = await this.options.token();
    const cutoff = token ? null : this.now() - UNAUTHENTICATED_AGE_LIMIT_MS;
    const tracking: TrackingTarget = {
      siteId: target.siteId,
      dimensions: target.dimensions,
      installId: this.options.installId,
      defaultLanguage: this.options.defaultLanguage(),
    };
    let after = 0;
    let sent = 0;
    while (!this.stopped) {
      const batch = this.outbox.next(after, target.batchSize, cutoff);
      if (batch.length === 0) break;
      this.activity = 'sending';
      const outcome = await (this.options.post ?? postBulk)({
        endpoint: target.endpoint,
        requests: batch.map((item) => trackingQuery(item, tracking)),
        token,
        timeoutMs: this.options.timeoutMs ?? 20_000,
      });
      const error = outcome.ok ? this.settle(batch, outcome) : outcome.error;
      if (error) {
        this.recordError(error);
        return { sent, failed: true };
      }
      sent += batch.length;
      after = batch[batch.length - 1]?.id ?? after;
    }
    return { sent, failed: false };
  }

  /** Applies Matomo's success answer to the batch; returns an error if nothing was taken. */
  private settle(
    batch: readonly OutboxEvent[],
    outcome: Extract<BulkOutcome, { ok: true }>,
  ): SyncError | null {
    const ids = batch.map((item) => item.id);
    if (outcome.invalid === 0) {
      this.outbox.settle(ids, []);
    } else if (outcome.invalidIndices) {
      const refused = new Set(outcome.invalidIndices);
      this.outbox.settle(
        ids.filter((_, index) => !refused.has(index)),
        ids.filter((_, index) => refused.has(index)),
      );
    } else if (outcome.invalid >= batch.length) {
      // Every request refused and Matomo does not say which: the site id or the token is
      // wrong. Keep the events and say so; they go once the setting is mended.
      return { code: 'refused-all', detail: `${outcome.invalid} of ${batch.length} refused` };
    } else {
      // Some refused, and Matomo (for a non-super-user token) does not say which.
      this.outbox.settle(ids, []);
      this.recordError({ code: 'refused-some', detail: `${outcome.invalid} of ${batch.length}` });
    }
    this.state.set('last_success_at', String(this.now()));
    return null;
  }

  private recordError(error: SyncError): void {
    this.state.set('last_error', JSON.stringify({ ...error, at: this.now() }));
    this.options.logger?.warn('matomo sync failed', { code: error.code, detail: error.detail });
  }

  private isStopped(): boolean {
    return this.stopped;
  }

  private policy(): BackoffPolicy {
    return this.options.backoff ?? { baseMs: 5_000, capMs: 10 * 60_000 };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wake = done;
    });
  }
}
