import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccompanimentTotalsDto } from '../../../src-main/api/contract/accompaniment';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { AccompanimentForm } from './AccompanimentForm';

/** The accompaniment log: record one, and read the month's and the quarters' totals. */
export function AccompanimentsAdmin() {
  const { t, i18n } = useTranslation('tools-admin');
  const [year, setYear] = useState(new Date().getFullYear());
  const [totals, reload] = useApi(() => api().accompaniments.year(year), String(year));
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  const thisMonth = new Date().getMonth() + 1;

  return (
    <main className="tools-admin">
      <AccompanimentForm onRecorded={reload} />
      <section aria-labelledby="totals-title">
        <h2 id="totals-title">{t('accompaniments.totalsTitle')}</h2>
        <div className="choice-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setYear(year - 1)}
          >
            {year - 1}
          </button>
          <strong>{year}</strong>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setYear(year + 1)}
          >
            {year + 1}
          </button>
        </div>
        {totals.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
        {totals.status === 'ready' ? (
          <>
            {year === new Date().getFullYear() ? (
              <p className="month-summary">
                {t('accompaniments.thisMonth', {
                  month: monthName(thisMonth),
                  count: totals.data.months[thisMonth - 1]?.totals.count ?? 0,
                  minutes: totals.data.months[thisMonth - 1]?.totals.minutes ?? 0,
                })}
              </p>
            ) : null}
            <TotalsTable
              caption={t('accompaniments.byMonth')}
              rows={totals.data.months.map((month) => [monthName(month.month), month.totals])}
            />
            <TotalsTable
              caption={t('accompaniments.byQuarter')}
              rows={[
                ...totals.data.quarters.map(
                  (quarter) =>
                    [t('accompaniments.quarter', { quarter: quarter.quarter }), quarter.totals] as [
                      string,
                      AccompanimentTotalsDto,
                    ],
                ),
                [t('accompaniments.year', { year }), totals.data.total],
              ]}
            />
          </>
        ) : null}
      </section>
    </main>
  );
}

function TotalsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: [string, AccompanimentTotalsDto][];
}) {
  const { t } = useTranslation('tools-admin');
  return (
    <table className="totals-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('accompaniments.period')}</th>
          <th scope="col">{t('accompaniments.count')}</th>
          <th scope="col">{t('accompaniments.totalMinutes')}</th>
          <th scope="col">{t('accompaniments.autonomyLevel.seul')}</th>
          <th scope="col">{t('accompaniments.autonomyLevel.avec')}</th>
          <th scope="col">{t('accompaniments.autonomyLevel.pour')}</th>
          <th scope="col">{t('accompaniments.followUps')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, totals]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{totals.count}</td>
            <td>{totals.minutes}</td>
            <td>{totals.byAutonomy.seul}</td>
            <td>{totals.byAutonomy.avec}</td>
            <td>{totals.byAutonomy.pour}</td>
            <td>{totals.followUps}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
