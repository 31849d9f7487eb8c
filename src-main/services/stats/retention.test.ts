import { beforeAll, describe, expect, it } from 'vitest';
import { DashboardQuery } from './dashboard-query';
import { StatsMaintenance } from './retention';
import { openTestDatabase, testEventLog } from './testing/stats-fixture';
import { seedUsage } from './testing/seed-usage';

beforeAll(() => {
  // Days are the borne's local days; pin the zone so the figures do not depend on the host.
  process.env.TZ = 'Europe/Paris';
});

const NOV_1 = new Date(2026, 10, 1).getTime();

function seededBorne(days: number, sessionsPerDay: number) {
  const { db } = openTestDatabase();
  const clock = { now: NOV_1 };
  const log = testEventLog(db, clock);
  const summary = seedUsage(
    { clock, record: (event, session) => log.record(event, session) },
    { firstDayMs: NOV_1, days, sessionsPerDay, steady: true },
  );
  const maintenance = new StatsMaintenance(db);
  const dashboard = new DashboardQuery(db, () => maintenance.rolledUpTo);
  return { db, clock, log, summary, maintenance, dashboard };
}

describe('roll-up and retention', () => {
  it('gives the same figures before and after the roll-up, and counts each event once', () => {
    const { summary, maintenance, dashboard, db } = seededBorne(10, 20);
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const before = dashboard.figures(period);
    expect(before.totals.sessions).toBe(summary.sessions);
    expect(before.totals.printedPages).toBe(summary.printedPages);
    expect(Object.fromEntries(before.breakdowns.demarche.map((f) => [f.key, f.count]))).toEqual(
      summary.demarches,
    );

    // Noon on 5 November: days 1–4 are over and rolled up, the 5th onwards is still live.
    maintenance.rollUp(new Date(2026, 10, 5, 12).getTime());
    expect(maintenance.rolledUpTo).toBeGreaterThan(0);
    expect(dashboard.figures(period)).toEqual(before);
    // Rolling up again (a restart, the hourly timer) adds nothing.
    maintenance.rollUp(new Date(2026, 10, 5, 13).getTime());
    expect(dashboard.figures(period)).toEqual(before);
    maintenance.rollUp(new Date(2026, 11, 1).getTime());
    expect(dashboard.figures(period)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM usage_daily').pluck().get()).toBeGreaterThan(100);
  });

  it('shows every day of the period and sessions by weekday and hour', () => {
    const { dashboard } = seededBorne(3, 4);
    const figures = dashboard.figures({ from: '2026-10-31', to: '2026-11-04' });
    expect(figures.sessionsPerDay).toEqual([
      { day: '2026-10-31', count: 0 },
      { day: '2026-11-01', count: 4 },
      { day: '2026-11-02', count: 4 },
      { day: '2026-11-03', count: 4 },
      { day: '2026-11-04', count: 0 },
    ]);
    // 1 November 2026 is a Sunday (6 on a Monday-first week); sessions start at 9 h.
    expect(figures.sessionsPerHour).toContainEqual({ weekday: 6, hour: 9, count: 1 });
    expect(figures.sessionsPerHour).toContainEqual({ weekday: 0, hour: 9, count: 1 });
    expect(figures.sessionsPerHour.reduce((all, cell) => all + cell.count, 0)).toBe(12);
  });

  it('deletes raw events past the retention only once rolled up and delivered', () => {
    const { db, maintenance, dashboard, summary } = seededBorne(5, 10);
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const figures = dashboard.figures(period);
    const inFourMonths = new Date(2027, 2, 10).getTime();

    // Matomo set up, nothing delivered yet: everything stays for the sync.
    maintenance.rollUp(inFourMonths);
    expect(maintenance.applyRetention(inFourMonths, 3, true)).toBe(0);
    db.prepare('UPDATE usage_events SET sync = 1 WHERE id % 2 = 0').run();
    const delivered = maintenance.applyRetention(inFourMonths, 3, true);
    expect(delivered).toBe(Math.floor(summary.events / 2));
    // No Matomo: the rest goes too. The aggregates keep the figures.
    maintenance.applyRetention(inFourMonths, 3, false);
    expect(db.prepare('SELECT count(*) FROM usage_events').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM usage_sessions').pluck().get()).toBe(0);
    expect(dashboard.figures(period)).toEqual(figures);
  });

  it('never deletes what is not rolled up, even when old', () => {
    const { db, maintenance } = seededBorne(2, 5);
    expect(maintenance.applyRetention(new Date(2028, 0, 1).getTime(), 1, false)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM usage_events').pluck().get()).toBeGreaterThan(0);
  });
});
