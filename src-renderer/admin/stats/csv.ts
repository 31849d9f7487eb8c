import type { TFunction } from 'i18next';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';
import type { StatsBreakdown } from '../../../src-main/api/contract/stats-names';
import type { FigureLabeller } from './labels';

/** The key figures, in the order the dashboard and the report show them. */
export const KEY_FIGURES = [
  'sessions',
  'averageSessionSeconds',
  'demarchesOpened',
  'themesOpened',
  'sheetsOpened',
  'sheetSteps',
  'printJobs',
  'printedPages',
  'searches',
  'searchesNotFound',
  'accompaniments',
  'accompanimentMinutes',
] as const satisfies readonly (keyof StatsDashboardDto['totals'])[];

/**
 * Every figure of the dashboard as rows (section, item, count, total): the key figures,
 * sessions per day and per hour, then each breakdown. The same numbers as on screen.
 */
export function dashboardRows(
  dashboard: StatsDashboardDto,
  t: TFunction,
  label: FigureLabeller,
): string[][] {
  const rows: string[][] = [[t('csv.section'), t('csv.item'), t('csv.count'), t('csv.total')]];
  const summary = t('csv.summary');
  for (const name of KEY_FIGURES) {
    rows.push([summary, t(`figure.${name}`), String(dashboard.totals[name]), '']);
  }
  for (const { day, count } of dashboard.sessionsPerDay) {
    rows.push([t('chart.sessionsPerDay'), day, String(count), '']);
  }
  for (const { weekday, hour, count } of dashboard.sessionsPerHour) {
    rows.push([
      t('chart.sessionsPerHour'),
      `${t(`weekday.${weekday}`)} ${hour} h`,
      String(count),
      '',
    ]);
  }
  // The main side lists every breakdown, in the dashboard's order.
  for (const breakdown of Object.keys(dashboard.breakdowns) as StatsBreakdown[]) {
    for (const figure of dashboard.breakdowns[breakdown]) {
      rows.push([
        t(`breakdown.${breakdown}`),
        label(breakdown, figure.key),
        String(figure.count),
        String(figure.total),
      ]);
    }
  }
  return rows;
}

/**
 * CSV as spreadsheets in France open it without a wizard: semicolons, CRLF, a UTF-8
 * byte order mark (for the accents), fields quoted when they hold ; " or a line break.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) =>
    /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
