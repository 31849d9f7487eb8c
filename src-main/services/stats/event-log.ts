import type { Database, Statement } from 'better-sqlite3';
import type { UsageEvent } from '../../api/contract/usage-event';
import type { Migration } from '../database/migrations';
import type { UsageRecorder } from './usage-recorder';

export const eventLogMigrations: Migration[] = [
  {
    id: 'stats-001-usage-events',
    up: (db) =>
      db.exec(`CREATE TABLE usage_events (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        session_id TEXT,
        type TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT`),
  },
];

/** Appends usage events to SQLite: one prepared insert, no read on the hot path. */
export class EventLog implements UsageRecorder {
  private readonly insert: Statement<[number, string | null, string, string]>;

  constructor(
    db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = db.prepare(
      'INSERT INTO usage_events (at_ms, session_id, type, data) VALUES (?, ?, ?, ?)',
    );
  }

  record(event: UsageEvent, sessionId: string | null): void {
    const { type, ...data } = event;
    this.insert.run(this.now(), sessionId, type, JSON.stringify(data));
  }
}
