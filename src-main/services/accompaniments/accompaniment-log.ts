import type { Database } from 'better-sqlite3';
import type {
  AccompanimentEntry,
  AccompanimentTotalsDto,
  AccompanimentYearDto,
} from '../../api/contract/accompaniment';
import { ApiFailure } from '../../api/contract/errors';
import { isoOf, localToday } from '../../policy/deadlines/civil-date';
import type { Migration } from '../database/migrations';

export const accompanimentMigrations: Migration[] = [
  {
    id: 'accompaniments-001-log',
    up: (db) =>
      db.exec(`CREATE TABLE accompaniments (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        topic TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        autonomy TEXT NOT NULL CHECK (autonomy IN ('seul', 'avec', 'pour')),
        follow_up INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX accompaniments_day ON accompaniments (day);`),
  },
];

interface Row {
  day: string;
  topic: string;
  minutes: number;
  autonomy: 'seul' | 'avec' | 'pour';
  follow_up: number;
}

/**
 * The log of accompaniments, kept for the centre's own monthly and quarterly figures
 * (days on the borne's calendar). The caller also sends each entry to the statistics.
 */
export class AccompanimentLog {
  constructor(
    private readonly db: Database,
    private readonly allowedTopics: () => ReadonlySet<string>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(entry: AccompanimentEntry): { day: string } {
    if (!this.allowedTopics().has(entry.topic)) {
      throw new ApiFailure('invalid-argument', `unknown topic ${entry.topic}`, {
        reason: 'unknown-topic',
      });
    }
    const at = this.now();
    const day = isoOf(localToday(at));
    this.db
      .prepare(
        'INSERT INTO accompaniments (day, at_ms, topic, minutes, autonomy, follow_up) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(day, at.getTime(), entry.topic, entry.minutes, entry.autonomy, entry.followUp ? 1 : 0);
    return { day };
  }

  /** Twelve months, four quarters and the year, from one read of the year's rows. */
  year(year: number): AccompanimentYearDto {
    const rows = this.db
      .prepare<[string, string], Row>(
        'SELECT day, topic, minutes, autonomy, follow_up FROM accompaniments WHERE day >= ? AND day <= ?',
      )
      .all(`${year}-01-01`, `${year}-12-31`);
    const monthOf = (row: Row) => Number(row.day.slice(5, 7));
    return {
      year,
      months: Array.from({ length: 12 }, (_, index) => ({
        month: index + 1,
        totals: totalsOf(rows.filter((row) => monthOf(row) === index + 1)),
      })),
      quarters: Array.from({ length: 4 }, (_, index) => ({
        quarter: index + 1,
        totals: totalsOf(rows.filter((row) => Math.ceil(monthOf(row) / 3) === index + 1)),
      })),
      total: totalsOf(rows),
    };
  }
}

export function totalsOf(rows: readonly Row[]): AccompanimentTotalsDto {
  const topics = new Map<string, { count: number; minutes: number }>();
  const totals: AccompanimentTotalsDto = {
    count: rows.length,
    minutes: 0,
    byAutonomy: { seul: 0, avec: 0, pour: 0 },
    followUps: 0,
    topics: [],
  };
  for (const row of rows) {
    totals.minutes += row.minutes;
    totals.byAutonomy[row.autonomy] += 1;
    totals.followUps += row.follow_up;
    const topic = topics.get(row.topic) ?? { count: 0, minutes: 0 };
    topics.set(row.topic, { count: topic.count + 1, minutes: topic.minutes + row.minutes });
  }
  totals.topics = [...topics]
    .map(([topic, value]) => ({ topic, ...value }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
  return totals;
}
