import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';
import { dashboardRows, toCsv } from './csv';

const t = ((key: string) => key) as unknown as TFunction;

function dashboard(): StatsDashboardDto {
  const breakdowns = {
    demarche: [{ key: 'caf-apl', count: 3, total: 0 }],
    print: [{ key: 'pdf:printed', count: 2, total: 5 }],
  } as unknown as StatsDashboardDto['breakdowns'];
  return {
    period: { from: '2026-11-01', to: '2026-11-02' },
    generatedAt: '2026-11-03T10:00:00.000Z',
    centre: { name: 'Centre', territory: 'Lille', place: '' },
    totals: {
      sessions: 4,
      averageSessionSeconds: 300,
      demarchesOpened: 3,
      themesOpened: 0,
      sheetsOpened: 0,
      sheetSteps: 0,
      printJobs: 2,
      printedPages: 5,
      searches: 0,
      searchesNotFound: 0,
      accompaniments: 0,
      accompanimentMinutes: 0,
    },
    sessionsPerDay: [
      { day: '2026-11-01', count: 1 },
      { day: '2026-11-02', count: 3 },
    ],
    sessionsPerHour: [{ weekday: 0, hour: 9, count: 4 }],
    breakdowns,
  };
}

describe('statistics CSV', () => {
  it('holds the same totals as the dashboard', () => {
    const rows = dashboardRows(dashboard(), t, (breakdown, key) => `${breakdown}/${key}`);
    expect(rows).toContainEqual(['csv.summary', 'figure.sessions', '4', '']);
    const perDay = rows.filter((row) => row[0] === 'chart.sessionsPerDay');
    expect(perDay.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(4);
    expect(rows).toContainEqual(['breakdown.print', 'print/pdf:printed', '2', '5']);
    expect(rows).toContainEqual(['chart.sessionsPerHour', 'weekday.0 9 h', '4', '']);
  });

  it('writes semicolons, CRLF, a BOM, and quotes what needs it', () => {
    expect(
      toCsv([
        ['a', 'b;c', 'd"e'],
        ['1', '2', '3'],
      ]),
    ).toBe('\uFEFFa;"b;c";"d""e"\r\n1;2;3\r\n');
  });
});
