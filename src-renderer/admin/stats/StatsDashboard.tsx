import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { dashboardRows, toCsv } from './csv';
import { DashboardSections } from './DashboardSections';
import { KeyFigures } from './KeyFigures';
import type { FigureLabeller } from './labels';
import { presetPeriod, type Period } from './period';
import { PeriodPicker } from './PeriodPicker';
import { useLabeller } from './use-labeller';

/** The referent's statistics: a period, its key figures, charts and tables, exports. */
export function StatsDashboard() {
  const { t, i18n } = useTranslation('stats');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('last-30-days', new Date()));
  const [dashboard] = useApi(() => api().stats.dashboard(period), `${period.from}/${period.to}`);
  const label = useLabeller();

  return (
    <div className="admin-page page-stats">
      <div className="admin-page-heading">
        <h2>{t('title')}</h2>
        <nav className="admin-actions no-print" aria-label={t('navigation')}>
          <Link href="/sync" className="button button-secondary">
            {t('sync.link')}
          </Link>
        </nav>
      </div>
      <div>
        <PeriodPicker period={period} onChange={setPeriod} />
        {dashboard.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
        {dashboard.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
        {dashboard.status === 'ready' ? (
          <>
            <div className="stats-exports">
              <p className="period-summary">
                {t('periodSummary', { ...longDates(dashboard.data.period, i18n.language) })}
              </p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => downloadCsv(dashboard.data, t, label)}
              >
                {t('exportCsv')}
              </button>
              <Link
                href={`/report/${period.from}/${period.to}`}
                className="button button-secondary"
              >
                {t('report.link')}
              </Link>
            </div>
            <KeyFigures totals={dashboard.data.totals} />
            <DashboardSections dashboard={dashboard.data} label={label} />
          </>
        ) : null}
      </div>
    </div>
  );
}

function longDates(period: Period, language: string): Period {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const long = (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  return { from: long(period.from), to: long(period.to) };
}

function downloadCsv(
  dashboard: StatsDashboardDto,
  t: ReturnType<typeof useTranslation>['t'],
  label: FigureLabeller,
): void {
  const csv = toCsv(dashboardRows(dashboard, t, label));
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `statistiques-${dashboard.period.from}-${dashboard.period.to}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
