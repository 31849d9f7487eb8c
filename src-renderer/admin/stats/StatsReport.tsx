import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { BarChart } from './BarChart';
import { breakdownRows } from './DashboardSections';
import { FigureTable } from './FigureTable';
import { KeyFigures } from './KeyFigures';
import type { FigureLabeller } from './labels';
import { useLabeller } from './use-labeller';

const REPORT_FIGURES = [
  'sessions',
  'averageSessionSeconds',
  'demarchesOpened',
  'printedPages',
  'sheetsOpened',
  'accompaniments',
] as const;

/** One A4 page for funders: the centre, the period, the key figures and three charts. */
export function StatsReport({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('stats');
  const [dashboard] = useApi(() => api().stats.dashboard({ from, to }), `${from}/${to}`);
  const label = useLabeller();
  return (
    <div className="stats-report">
      <nav className="report-actions no-print" aria-label={t('navigation')}>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <Link href="/" className="button button-secondary">
          {t('report.back')}
        </Link>
      </nav>
      {dashboard.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
      {dashboard.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
      {dashboard.status === 'ready' ? (
        <ReportPage dashboard={dashboard.data} label={label} />
      ) : null}
    </div>
  );
}

function ReportPage({ dashboard, label }: { dashboard: StatsDashboardDto; label: FigureLabeller }) {
  const { t, i18n } = useTranslation('stats');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));
  const perDay = dashboard.sessionsPerDay;
  const shortDay = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  });
  const demarches = breakdownRows(dashboard, 'demarche', label, 6);
  const themes = breakdownRows(dashboard, 'theme', label, 6);
  const prints = breakdownRows(dashboard, 'print', label, 4);
  const languages = breakdownRows(dashboard, 'session-language', label, 5);
  return (
    <article className="report-page" aria-labelledby="report-title">
      <header className="report-header">
        <h1 id="report-title">{t('report.title')}</h1>
        <p className="report-centre" dir="auto">
          {dashboard.centre.name} — {dashboard.centre.territory}
          {dashboard.centre.place ? ` — ${dashboard.centre.place}` : ''}
        </p>
        <p>
          {t('report.period', { from: day(dashboard.period.from), to: day(dashboard.period.to) })}
        </p>
      </header>
      <KeyFigures totals={dashboard.totals} only={REPORT_FIGURES} />
      <section aria-labelledby="report-per-day">
        <h2 id="report-per-day">{t('chart.sessionsPerDay')}</h2>
        <BarChart
          title={t('chart.sessionsPerDay')}
          labels={perDay.map((entry) => shortDay.format(new Date(`${entry.day}T00:00:00Z`)))}
          values={perDay.map((entry) => entry.count)}
          print
        />
      </section>
      <div className="report-columns">
        <section aria-labelledby="report-demarches">
          <h2 id="report-demarches">{t('breakdown.demarche')}</h2>
          <FigureTable
            caption={t('breakdown.demarche')}
            rows={demarches}
            countHeading={t('heading.times')}
          />
        </section>
        <section aria-labelledby="report-languages">
          <h2 id="report-languages">{t('breakdown.session-language')}</h2>
          <BarChart
            title={t('breakdown.session-language')}
            labels={languages.map((row) => row.label)}
            values={languages.map((row) => row.count)}
            horizontal
            print
          />
        </section>
      </div>
      <div className="report-columns">
        <section aria-labelledby="report-themes">
          <h2 id="report-themes">{t('breakdown.theme')}</h2>
          <FigureTable
            caption={t('breakdown.theme')}
            rows={themes}
            countHeading={t('heading.times')}
          />
        </section>
        <section aria-labelledby="report-prints">
          <h2 id="report-prints">{t('breakdown.print')}</h2>
          <FigureTable
            caption={t('breakdown.print')}
            rows={prints}
            countHeading={t('heading.jobs')}
            totalHeading={t('heading.pages')}
          />
        </section>
      </div>
      <footer className="report-footer">
        <p>{t('report.footer', { date: date.format(new Date(dashboard.generatedAt)) })}</p>
      </footer>
    </article>
  );
}
