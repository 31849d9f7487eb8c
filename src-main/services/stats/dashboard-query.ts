import type { Database, Statement } from 'better-sqlite3';
import {
  STATS_BREAKDOWNS,
  type StatsBreakdown,
  type StatsDashboardDto,
  type StatsFigureDto,
  type StatsPeriod,
} from '../../api/contract/namespaces/stats';
import { rollupSelectSql } from './rollup-rules';

type Params = { from: string; to: string; after: number; upto: number };

/**
 * The figures of a period, in SQL: the daily aggregates of rolled-up days, plus the
 * events not rolled up yet (today's, usually) run through the same rules on the fly.
 * A year reads ~36,000 small aggregate rows, never the raw events.
 */
const SOURCE = `WITH source AS (
    SELECT day, metric, key, count, total FROM usage_daily WHERE day BETWEEN @from AND @to
    UNION ALL
    SELECT day, metric, key, count, total FROM (${rollupSelectSql()})
    WHERE day BETWEEN @from AND @to
  )`;

export type DashboardFigures = Pick<
  StatsDashboardDto,
  'totals' | 'sessionsPerDay' | 'sessionsPerHour' | 'breakdowns'
>;

export class DashboardQuery {
  private readonly byKey: Statement<
    Params,
    { metric: string; key: string; count: number; total: number }
  >;
  private readonly byDay: Statement<Params, { day: string; count: number }>;
  private readonly lastId: Statement<[], { id: number | null }>;

  constructor(
    db: Database,
    private readonly rolledUpTo: () => number,
  ) {
    this.byKey = db.prepare(
      `${SOURCE} SELECT metric, key, sum(count) AS count, sum(total) AS total
       FROM source GROUP BY metric, key ORDER BY metric, count DESC, key`,
    );
    this.byDay = db.prepare(
      `${SOURCE} SELECT day, sum(count) AS count FROM source
       WHERE metric = 'sessions' GROUP BY day ORDER BY day`,
    );
    this.lastId = db.prepare('SELECT max(id) AS id FROM usage_events');
  }

  figures(period: StatsPeriod): DashboardFigures {
    const params: Params = {
      ...period,
      after: this.rolledUpTo(),
      upto: this.lastId.get()?.id ?? 0,
    };
    const rows = this.byKey.all(params);
    const metric = (name: string) => rows.filter((row) => row.metric === name);
    const breakdowns = Object.fromEntries(
      STATS_BREAKDOWNS.map((name) => [name, metric(name).map(toFigure)]),
    ) as Record<StatsBreakdown, StatsFigureDto[]>;
    return {
      totals: totalsOf(breakdowns, sum(metric('sessions'))),
      sessionsPerDay: everyDay(period, this.byDay.all(params)),
      sessionsPerHour: metric('session-hour').map((row) => {
        const [weekday = '0', hour = '0'] = row.key.split('-');
        // strftime's %w counts from Sunday; the dashboard's week starts on Monday.
        return { weekday: (Number(weekday) + 6) % 7, hour: Number(hour), count: row.count };
      }),
      breakdowns,
    };
  }
}

function toFigure(row: { key: string; count: number; total: number }): StatsFigureDto {
  return { key: row.key, count: row.count, total: row.total };
}

function sum(figures: readonly { count: number; total: number }[]) {
  return figures.reduce(
    (all, figure) => ({ count: all.count + figure.count, total: all.total + figure.total }),
    { count: 0, total: 0 },
  );
}

function totalsOf(
  breakdowns: Record<StatsBreakdown, StatsFigureDto[]>,
  sessions: { count: number },
): StatsDashboardDto['totals'] {
  const lengths = sum(breakdowns['session-length']);
  const printed = breakdowns.print.filter((figure) => figure.key.endsWith(':printed'));
  const accompaniments = sum(breakdowns.accompaniment);
  return {
    sessions: sessions.count,
    averageSessionSeconds: lengths.count === 0 ? 0 : Math.round(lengths.total / lengths.count),
    demarchesOpened: sum(breakdowns.demarche).count,
    themesOpened: sum(breakdowns.theme).count,
    sheetsOpened: sum(breakdowns.sheet).count,
    sheetSteps: sum(breakdowns['sheet-step']).count,
    printJobs: sum(printed).count,
    printedPages: sum(printed).total,
    searches: sum(breakdowns.search).count,
    searchesNotFound: breakdowns.search.find((figure) => figure.key === 'not-found')?.count ?? 0,
    accompaniments: accompaniments.count,
    accompanimentMinutes: accompaniments.total,
  };
}

/** Every day from `from` to `to`, with the count found or zero. */
function everyDay(
  period: StatsPeriod,
  found: readonly { day: string; count: number }[],
): { day: string; count: number }[] {
  const counts = new Map(found.map((row) => [row.day, row.count]));
  const days: { day: string; count: number }[] = [];
  for (
    let day = new Date(`${period.from}T00:00:00Z`);
    day <= new Date(`${period.to}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    const key = day.toISOString().slice(0, 10);
    days.push({ day: key, count: counts.get(key) ?? 0 });
  }
  return days;
}
