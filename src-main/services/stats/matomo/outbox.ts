import type { Database, Statement } from 'better-sqlite3';
import { usageEventSchema, type UsageEvent } from '../../../api/contract/usage-event';
import type { UsageContext } from '../event-log';
import { StatsState } from '../stats-state';
import type { OutboxEvent } from './tracking-request';

/** Matomo wants a token for anything older than 24 h; an hour of margin for clock drift. */
export const UNAUTHENTICATED_AGE_LIMIT_MS = 23 * 3600 * 1000;

interface OutboxRow {
  id: number;
  at_ms: number;
  type: string;
  data: string;
  lang: string | null;
  cid: string | null;
  centre: string | null;
  territory: string | null;
  profile: string | null;
  place: string | null;
  app_version: string | null;
}

const SELECT_ROWS = `SELECT e.id, e.at_ms, e.type, e.data, e.lang, s.cid,
    c.centre, c.territory, c.profile, c.place, c.app_version
  FROM usage_events e
  LEFT JOIN usage_sessions s ON s.id = e.session_id
  LEFT JOIN usage_contexts c ON c.id = e.ctx`;

/** Young enough to go without a token: the event, and the start of its session. */
const YOUNG = `e.at_ms >= @cutoff AND (s.started_at_ms IS NULL OR s.started_at_ms >= @cutoff)`;

export interface OutboxCounts {
  /** Events not yet delivered. */
  pending: number;
  /** Of those, the ones that wait for a token (older than Matomo's limit without one). */
  heldForToken: number;
}

/**
 * The events still to deliver, read in id order (the order they happened), and their
 * delivery marks. Marks and counters change in one transaction: after a crash an event is
 * either marked and counted, or still waiting (and then sent again: at most one batch).
 */
export class MatomoOutbox {
  private readonly anyAge: Statement<{ after: number; limit: number }, OutboxRow>;
  private readonly youngOnly: Statement<
    { after: number; limit: number; cutoff: number },
    OutboxRow
  >;
  private readonly mark: Statement<{ ids: string; sync: number }>;
  private readonly countPending: Statement<[], { n: number }>;
  private readonly countYoung: Statement<{ cutoff: number }, { n: number }>;
  private readonly state: StatsState;

  constructor(private readonly db: Database) {
    const waiting = `WHERE e.sync = 0 AND e.id > @after`;
    this.anyAge = db.prepare(`${SELECT_ROWS} ${waiting} ORDER BY e.id LIMIT @limit`);
    this.youngOnly = db.prepare(
      `${SELECT_ROWS} ${waiting} AND ${YOUNG} ORDER BY e.id LIMIT @limit`,
    );
    this.mark = db.prepare(
      'UPDATE usage_events SET sync = @sync WHERE id IN (SELECT value FROM json_each(@ids))',
    );
    this.countPending = db.prepare('SELECT count(*) AS n FROM usage_events WHERE sync = 0');
    this.countYoung = db.prepare(
      `SELECT count(*) AS n FROM usage_events e LEFT JOIN usage_sessions s ON s.id = e.session_id
       WHERE e.sync = 0 AND ${YOUNG}`,
    );
    this.state = new StatsState(db);
  }

  /**
   * Up to `limit` waiting events after id `after`; with `cutoffMs`, only those young
   * enough to be sent without a token (a session is held whole if its start is too old).
   */
  next(after: number, limit: number, cutoffMs: number | null): OutboxEvent[] {
    const rows =
      cutoffMs === null
        ? this.anyAge.all({ after, limit })
        : this.youngOnly.all({ after, limit, cutoff: cutoffMs });
    const events: OutboxEvent[] = [];
    const unreadable: number[] = [];
    for (const row of rows) {
      const item = toOutboxEvent(row);
      if (item) events.push(item);
      else unreadable.push(row.id);
    }
    // A row that no longer reads as an event (a type since removed) is set aside, counted.
    if (unreadable.length > 0) this.settle([], unreadable);
    return events;
  }

  /** Marks a batch: delivered and refused ids, and adds them to the running totals. */
  settle(delivered: readonly number[], refused: readonly number[]): void {
    this.db.transaction(() => {
      if (delivered.length > 0) this.mark.run({ ids: JSON.stringify(delivered), sync: 1 });
      if (refused.length > 0) this.mark.run({ ids: JSON.stringify(refused), sync: 2 });
      this.addTo('delivered_total', delivered.length);
      this.addTo('refused_total', refused.length);
    })();
  }

  totals(): { delivered: number; refused: number } {
    return {
      delivered: this.state.getNumber('delivered_total', 0),
      refused: this.state.getNumber('refused_total', 0),
    };
  }

  counts(cutoffMs: number | null): OutboxCounts {
    const pending = this.countPending.get()?.n ?? 0;
    const young = cutoffMs === null ? pending : (this.countYoung.get({ cutoff: cutoffMs })?.n ?? 0);
    return { pending, heldForToken: pending - young };
  }

  private addTo(name: string, count: number): void {
    if (count > 0) this.state.set(name, String(this.state.getNumber(name, 0) + count));
  }
}

/**
 * Rows repeat a lot (the same theme, the same step of the same sheet): each distinct
 * (type, data) is parsed and validated once, then reused. Bounded, so it cannot grow.
 */
const parsedEvents = new Map<string, UsageEvent | null>();
const PARSED_EVENTS_MAX = 5_000;

function parseEvent(type: string, data: string): UsageEvent | null {
  const key = `${type}\u0000${data}`;
  const cached = parsedEvents.get(key);
  if (cached !== undefined) return cached;
  let event: UsageEvent | null;
  try {
    const parsed = usageEventSchema.safeParse({ ...(JSON.parse(data) as object), type });
    event = parsed.success ? parsed.data : null;
  } catch {
    event = null;
  }
  if (parsedEvents.size >= PARSED_EVENTS_MAX) parsedEvents.clear();
  parsedEvents.set(key, event);
  return event;
}

function toOutboxEvent(row: OutboxRow): OutboxEvent | null {
  const event = parseEvent(row.type, row.data);
  if (!event) return null;
  return {
    id: row.id,
    atMs: row.at_ms,
    event,
    lang: row.lang,
    sessionCid: row.cid,
    context: toContext(row),
  };
}

function toContext(row: OutboxRow): UsageContext | null {
  if (row.centre === null || row.territory === null || row.app_version === null) return null;
  return {
    centre: row.centre,
    territory: row.territory,
    profile: row.profile === 'nomade' ? 'nomade' : 'borne',
    place: row.place ?? '',
    appVersion: row.app_version,
  };
}
