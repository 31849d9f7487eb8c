import type { Database, Statement } from 'better-sqlite3';
import type { PrintFailureCause } from '../../policy/print-failure';

export interface PrintErrorEntry {
  at: Date;
  /** The queue (or host:port) concerned, when known. */
  printer: string | null;
  /** What was being printed: page, pdf, ticket… or "tracking" for a job that got stuck. */
  kind: string;
  cause: PrintFailureCause;
  /** The print system's own words, for the referent. */
  detail: string;
}

const KEEP = 50;

/** The last print errors, for admin mode; kept across restarts, trimmed to the last 50. */
export class PrintErrorLog {
  private readonly insert: Statement<[number, string | null, string, string, string]>;
  private readonly trim: Statement<[number]>;
  private readonly latest: Statement<
    [],
    { at_ms: number; printer: string | null; kind: string; cause: string; detail: string }
  >;

  constructor(
    db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = db.prepare(
      'INSERT INTO print_errors (at_ms, printer, kind, cause, detail) VALUES (?, ?, ?, ?, ?)',
    );
    this.trim = db.prepare(
      'DELETE FROM print_errors WHERE id NOT IN (SELECT id FROM print_errors ORDER BY id DESC LIMIT ?)',
    );
    this.latest = db.prepare(
      'SELECT at_ms, printer, kind, cause, detail FROM print_errors ORDER BY id DESC LIMIT 1',
    );
  }

  record(entry: Omit<PrintErrorEntry, 'at'>): void {
    this.insert.run(
      this.now(),
      entry.printer,
      entry.kind,
      entry.cause,
      entry.detail.slice(0, 1000),
    );
    this.trim.run(KEEP);
  }

  last(): PrintErrorEntry | null {
    const row = this.latest.get();
    if (!row) return null;
    return {
      at: new Date(row.at_ms),
      printer: row.printer,
      kind: row.kind,
      cause: row.cause as PrintFailureCause,
      detail: row.detail,
    };
  }
}
