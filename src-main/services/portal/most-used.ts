import type { Database, Statement } from 'better-sqlite3';

export interface MostUsedOptions {
  /** How far back to count (default 90 days). */
  windowDays?: number;
  /**
   * A démarche shows only once this many different sessions opened it: with fewer, the
   * list would tell the next resident what the previous one did.
   */
  minSessions?: number;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The démarches most opened at this borne, read from the statistics table (usage_events,
 * type 'demarche.open'), counted by distinct sessions over a recent window. The answer is
 * kept until `invalidate()` (called when a session ends), so the home screen never scans
 * the table twice for the same result.
 */
export class MostUsedDemarches {
  private readonly query: Statement<
    [number, number, number],
    { demarche_id: string; sessions: number }
  >;
  private cached: string[] | null = null;
  private readonly windowMs: number;
  private readonly minSessions: number;
  private readonly now: () => number;

  constructor(db: Database, options: MostUsedOptions = {}) {
    this.windowMs = (options.windowDays ?? 90) * DAY_MS;
    this.minSessions = options.minSessions ?? 5;
    this.now = options.now ?? Date.now;
    this.query = db.prepare(`
      SELECT json_extract(data, '$.demarcheId') AS demarche_id,
             COUNT(DISTINCT session_id) AS sessions
        FROM usage_events
       WHERE type = 'demarche.open' AND at_ms >= ? AND session_id IS NOT NULL
       GROUP BY demarche_id
      HAVING sessions >= ? AND demarche_id IS NOT NULL
       ORDER BY sessions DESC, demarche_id ASC
       LIMIT ?`);
  }

  /** Up to `limit` démarche ids, most used first, among those `isKnown` accepts. */
  list(limit: number, isKnown: (id: string) => boolean): string[] {
    this.cached ??= this.query
      .all(this.now() - this.windowMs, this.minSessions, 50)
      .map((row) => row.demarche_id);
    return this.cached.filter(isKnown).slice(0, limit);
  }

  invalidate(): void {
    this.cached = null;
  }
}
