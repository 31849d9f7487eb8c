import { randomBytes } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { UsageEvent } from '../../api/contract/usage-event';
import type { UsageRecorder } from './usage-recorder';

export { eventLogMigrations } from './migrations';

/** What every event is tagged with besides itself; stored once, referenced by id. */
export interface UsageContext {
  centre: string;
  territory: string;
  profile: 'borne' | 'nomade';
  /** The place or event of a nomade session; empty for a borne. */
  place: string;
  appVersion: string;
}

export interface EventLogOptions {
  now?: () => number;
  /** The context in force (read at each event: cheap, and a config edit applies at once). */
  context: () => UsageContext;
  /** Language a session starts in, before any `language` event. */
  defaultLanguage: () => string;
}

interface OpenSession {
  row: number;
  language: string;
}

/**
 * Appends usage events to SQLite: one prepared insert per event, no read on the hot path
 * (WAL, synchronous=NORMAL: a commit survives a crash of the process, and costs no fsync).
 * The resident session's id is mapped to a local session row with its own random Matomo
 * visitor id, and forgotten when the session ends.
 */
export class EventLog implements UsageRecorder {
  private readonly insertEvent: Statement<
    [number, number | null, string, string, string | null, number]
  >;
  private readonly insertSession: Statement<[number, string]>;
  private readonly findContext: Statement<[string, string, string, string, string], { id: number }>;
  private readonly insertContext: Statement<[string, string, string, string, string]>;
  private readonly sessions = new Map<string, OpenSession>();
  private lastContext: { key: string; id: number } | null = null;
  private readonly now: () => number;

  constructor(
    db: Database,
    private readonly options: EventLogOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.insertEvent = db.prepare(
      'INSERT INTO usage_events (at_ms, session_id, type, data, lang, ctx) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertSession = db.prepare(
      'INSERT INTO usage_sessions (started_at_ms, cid) VALUES (?, ?)',
    );
    this.findContext = db.prepare(
      `SELECT id FROM usage_contexts
       WHERE centre = ? AND territory = ? AND profile = ? AND place = ? AND app_version = ?`,
    );
    this.insertContext = db.prepare(
      `INSERT INTO usage_contexts (centre, territory, profile, place, app_version)
       VALUES (?, ?, ?, ?, ?)`,
    );
  }

  /** Records one event; returns its local id (the row id). */
  record(event: UsageEvent, sessionId: string | null): number {
    const at = Math.floor(this.now());
    const session = sessionId === null ? null : this.openSession(sessionId, at);
    if (session && event.type === 'language') session.language = event.language;
    const { type, ...data } = event;
    const id = Number(
      this.insertEvent.run(
        at,
        session?.row ?? null,
        type,
        JSON.stringify(data),
        session?.language ?? null,
        this.contextId(),
      ).lastInsertRowid,
    );
    if (sessionId !== null && event.type === 'session.end') this.sessions.delete(sessionId);
    return id;
  }

  private openSession(sessionId: string, at: number): OpenSession {
    const open = this.sessions.get(sessionId);
    if (open) return open;
    // A random visitor id per session: Matomo counts one visit, and can link nothing else.
    const cid = randomBytes(8).toString('hex');
    const row = Number(this.insertSession.run(at, cid).lastInsertRowid);
    const session = { row, language: this.options.defaultLanguage() };
    this.sessions.set(sessionId, session);
    return session;
  }

  private contextId(): number {
    const context = this.options.context();
    const values = [
      context.centre,
      context.territory,
      context.profile,
      context.place,
      context.appVersion,
    ] as const;
    const key = values.join('\u0000');
    if (this.lastContext?.key === key) return this.lastContext.id;
    const id =
      this.findContext.get(...values)?.id ??
      Number(this.insertContext.run(...values).lastInsertRowid);
    this.lastContext = { key, id };
    return id;
  }

  /** Resident sessions seen and not yet ended (for tests and the crash recovery). */
  get openSessionCount(): number {
    return this.sessions.size;
  }
}
