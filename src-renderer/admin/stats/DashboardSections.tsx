import { useTranslation } from 'react-i18next';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';
import type {
  SessionLengthBucket,
  StatsBreakdown,
} from '../../../src-main/api/contract/stats-names';
import { BarChart } from './BarChart';
import { FigureBlock } from './FigureBlock';
import { FigureTable, type FigureRow } from './FigureTable';
import { HourHeatmap } from './HourHeatmap';
import type { FigureLabeller } from './labels';

const TOP = 10;

/** Shortest first (the main side sends them largest first, like every breakdown). */
const LENGTH_ORDER: readonly SessionLengthBucket[] = [
  '0-2',
  '2-5',
  '5-10',
  '10-20',
  '20-40',
  '40+',
];

/** Figure rows of a breakdown, largest first, labelled for the referent. */
export function breakdownRows(
  dashboard: StatsDashboardDto,
  breakdown: StatsBreakdown,
  label: FigureLabeller,
  limit = TOP,
): FigureRow[] {
  return dashboard.breakdowns[breakdown].slice(0, limit).map((figure) => ({
    key: figure.key,
    label: label(breakdown, figure.key),
    count: figure.count,
    total: figure.total,
  }));
}

/** Every chart of the dashboard, each with its table. */
export function DashboardSections({
  dashboard,
  label,
}: {
  dashboard: StatsDashboardDto;
  label: FigureLabeller;
}) {
  const { t } = useTranslation('stats');
  const rows = (breakdown: StatsBreakdown) => breakdownRows(dashboard, breakdown, label);
  const times = t('heading.times');
  return (
    <div className="stats-grid">
      <SessionsPerDay dashboard={dashboard} />
      <HourHeatmap cells={dashboard.sessionsPerHour} />
      <FigureBlock
        id="demarches"
        title={t('breakdown.demarche')}
        rows={rows('demarche')}
        countHeading={times}
        horizontal
      />
      <FigureBlock
        id="themes"
        title={t('breakdown.theme')}
        rows={rows('theme')}
        countHeading={times}
        horizontal
      />
      <FigureBlock
        id="prints"
        title={t('breakdown.print')}
        rows={rows('print')}
        countHeading={t('heading.jobs')}
        totalHeading={t('heading.pages')}
        chartTotal
        horizontal
      />
      <FigureBlock
        id="sheets"
        title={t('chart.sheets')}
        rows={sheetRows(dashboard, label)}
        countHeading={t('heading.opened')}
        totalHeading={t('heading.steps')}
        horizontal
      />
      <FigureBlock
        id="lengths"
        title={t('breakdown.session-length')}
        rows={LENGTH_ORDER.map((bucket) => ({
          key: bucket,
          label: label('session-length', bucket),
          count: dashboard.breakdowns['session-length'].find((f) => f.key === bucket)?.count ?? 0,
        }))}
        countHeading={t('heading.sessions')}
      />
      <FigureBlock
        id="languages"
        title={t('breakdown.session-language')}
        rows={rows('session-language')}
        countHeading={t('heading.sessions')}
      />
      <FigureBlock
        id="questions"
        title={t('breakdown.question')}
        rows={rows('question')}
        countHeading={t('heading.answers')}
        horizontal
      />
      <SmallTables dashboard={dashboard} label={label} />
    </div>
  );
}

function SessionsPerDay({ dashboard }: { dashboard: StatsDashboardDto }) {
  const { t, i18n } = useTranslation('stats');
  const day = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const rows = dashboard.sessionsPerDay.map((entry) => ({
    key: entry.day,
    label: day.format(new Date(`${entry.day}T00:00:00Z`)),
    count: entry.count,
  }));
  return (
    <section className="stats-block stats-block-wide" aria-labelledby="per-day-title">
      <h2 id="per-day-title">{t('chart.sessionsPerDay')}</h2>
      <BarChart
        title={t('chart.sessionsPerDay')}
        labels={rows.map((row) => row.label)}
        values={rows.map((row) => row.count)}
      />
      <details>
        <summary>{t('showTable')}</summary>
        <FigureTable
          caption={t('chart.sessionsPerDay')}
          rows={rows}
          countHeading={t('heading.sessions')}
        />
      </details>
    </section>
  );
}

/** Opened and steps ticked, per help sheet. */
function sheetRows(dashboard: StatsDashboardDto, label: FigureLabeller): FigureRow[] {
  const steps = new Map(
    dashboard.breakdowns['sheet-step'].map((figure) => [figure.key, figure.count]),
  );
  const keys = new Set([
    ...dashboard.breakdowns.sheet.map((figure) => figure.key),
    ...steps.keys(),
  ]);
  const opened = new Map(dashboard.breakdowns.sheet.map((figure) => [figure.key, figure.count]));
  return [...keys]
    .map((key) => ({
      key,
      label: label('sheet', key),
      count: opened.get(key) ?? 0,
      total: steps.get(key) ?? 0,
    }))
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP);
}

const SMALL: readonly StatsBreakdown[] = [
  'search',
  'demarche-via',
  'session-end',
  'language',
  'text-size',
  'contrast',
  'accompaniment',
  'incident',
  'navigation-refused',
];

/** The smaller figures, tables only. */
function SmallTables({
  dashboard,
  label,
}: {
  dashboard: StatsDashboardDto;
  label: FigureLabeller;
}) {
  const { t } = useTranslation('stats');
  return (
    <section className="stats-block stats-block-wide" aria-labelledby="more-title">
      <h2 id="more-title">{t('more')}</h2>
      <div className="small-tables">
        {SMALL.map((breakdown) => (
          <div key={breakdown}>
            <h3>{t(`breakdown.${breakdown}`)}</h3>
            <FigureTable
              caption={t(`breakdown.${breakdown}`)}
              rows={breakdownRows(dashboard, breakdown, label)}
              countHeading={t('heading.times')}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
