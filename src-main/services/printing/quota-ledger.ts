import type { Database, Statement } from 'better-sqlite3';
import { localDay, type QuotaUsage } from '../../policy/print-quota';

/**
 * Pages charged against the quotas: per local day in SQLite (a restart keeps the count),
 * per resident session in memory (a session does not survive a restart). The decision
 * itself is policy/print-quota.ts.
 */
export class QuotaLedger {
  private readonly sessionPages = new Map<string, number>();
  private readonly readDay: Statement<[string], { pages: number }>;
  private readonly addDay: Statement<[{ day: string; pages: number }]>;
  private readonly prune: Statement<[string]>;

  constructor(
    db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.readDay = db.prepare('SELECT pages FROM print_day_pages WHERE day = ?');
    this.addDay = db.prepare(
      `INSERT INTO print_day_pages (day, pages) VALUES (@day, max(@pages, 0))
       ON CONFLICT (day) DO UPDATE SET pages = max(pages + @pages, 0)`,
    );
    this.prune = db.prepare('DELETE FROM print_day_pages WHERE day < ?');
  }

  usage(sessionId: string | null): QuotaUsage {
    return {
      sessionPages: sessionId ? (this.sessionPages.get(sessionId) ?? 0) : 0,
      dayPages: this.readDay.get(this.today())?.pages ?? 0,
    };
  }

  /** Adds pages (negative to refund) to today and to the session. */
  charge(sessionId: string | null, pages: number): void {
    if (pages === 0) return;
    this.addDay.run({ day: this.today(), pages });
    if (sessionId) {
      this.sessionPages.set(
        sessionId,
        Math.max(0, (this.sessionPages.get(sessionId) ?? 0) + pages),
      );
    }
  }

  endSession(sessionId: string): void {
    this.sessionPages.delete(sessionId);
    // Days older than a year are of no use to a quota; statistics keep their own counts.
    const yearAgo = this.now();
    yearAgo.setFullYear(yearAgo.getFullYear() - 1);
    this.prune.run(localDay(yearAgo));
  }

  private today(): string {
    return localDay(this.now());
  }
}
