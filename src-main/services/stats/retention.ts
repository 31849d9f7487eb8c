import type { Database, Statement } from 'better-sqlite3';
import { rollupSelectSql } from './rollup-rules';
import { StatsState } from './stats-state';

export const ROLLED_UP_TO = 'rolled_up_to_id';

export interface MaintenanceResult {
  rolledUp: number;
  deleted: number;
}

/** Local midnight of the day `now` falls in, in ms. */
export function startOfLocalDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The same local time `months` earlier. */
export function monthsBefore(now: number, months: number): number {
  const date = new Date(now);
  date.setMonth(date.getMonth() - months);
  return date.getTime();
}

/**
 * Keeps a year of a busy centre small: every finished day is rolled up into daily
 * aggregates (usage_daily), then raw events older than the retention are deleted, but
 * only once Matomo has them (or when no Matomo is set up). The roll-up is incremental:
 * a watermark (the last rolled-up event id) moves forward in the same transaction as
 * the aggregates, so a crash never counts an event twice nor skips one.
 */
export class StatsMaintenance {
  private readonly state: StatsState;
  private readonly firstOfToday: Statement<{ after: number; since: number }, { id: number | null }>;
  private readonly lastId: Statement<[], { id: number | null }>;
  private readonly addToDaily: Statement<{ after: number; upto: number }>;
  private readonly deleteOld: Statement<{ upto: number; before: number; keepUnsynced: number }>;
  private readonly deleteOrphanSessions: Statement<{ before: number }>;

  constructor(private readonly db: Database) {
    this.state = new StatsState(db);
    this.firstOfToday = db.prepare(
      'SELECT min(id) AS id FROM usage_events WHERE id > @after AND at_ms >= @since',
    );
    this.lastId = db.prepare('SELECT max(id) AS id FROM usage_events');
    this.addToDaily = db.prepare(
      `INSERT INTO usage_daily (day, metric, key, count, total)
       SELECT day, metric, key, count, total FROM (${rollupSelectSql()}) WHERE true
       ON CONFLICT (day, metric, key) DO UPDATE SET
         count = count + excluded.count, total = total + excluded.total`,
    );
    this.deleteOld = db.prepare(
      `DELETE FROM usage_events
       WHERE id <= @upto AND at_ms < @before AND (sync <> 0 OR @keepUnsynced = 0)`,
    );
    this.deleteOrphanSessions = db.prepare(
      // NOT IN builds the set of sessions still referenced once (no per-row scan).
      `DELETE FROM usage_sessions WHERE started_at_ms < @before
       AND id NOT IN (SELECT session_id FROM usage_events WHERE session_id IS NOT NULL)`,
    );
  }

  /** Id of the last event already counted in usage_daily. */
  get rolledUpTo(): number {
    return this.state.getNumber(ROLLED_UP_TO, 0);
  }

  /** Rolls up every event recorded before today (local time) not yet rolled up. */
  rollUp(now: number): number {
    return this.db.transaction(() => {
      const after = this.rolledUpTo;
      const firstOfToday = this.firstOfToday.get({ after, since: startOfLocalDay(now) })?.id;
      const upto = firstOfToday != null ? firstOfToday - 1 : (this.lastId.get()?.id ?? after);
      if (upto <= after) return 0;
      this.addToDaily.run({ after, upto });
      this.state.set(ROLLED_UP_TO, String(upto));
      return upto - after;
    })();
  }

  /**
   * Deletes raw events older than `retentionMonths` that are rolled up, and delivered to
   * Matomo when `keepUnsynced` (Matomo is set up and has not had them yet).
   */
  applyRetention(now: number, retentionMonths: number, keepUnsynced: boolean): number {
    const before = monthsBefore(now, retentionMonths);
    return this.db.transaction(() => {
      const deleted = this.deleteOld.run({
        upto: this.rolledUpTo,
        before,
        keepUnsynced: keepUnsynced ? 1 : 0,
      }).changes;
      this.deleteOrphanSessions.run({ before });
      return deleted;
    })();
  }

  run(now: number, retentionMonths: number, keepUnsynced: boolean): MaintenanceResult {
    const rolledUp = this.rollUp(now);
    return { rolledUp, deleted: this.applyRetention(now, retentionMonths, keepUnsynced) };
  }
}
