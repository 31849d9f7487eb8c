import { useTranslation } from 'react-i18next';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * Sessions by weekday and hour as a table whose cells are shaded by class (heat-0 … heat-4,
 * never an inline style): a chart and its numbers at once. Only the hours that had a
 * session, widened to 8 h–19 h, get a column.
 */
export function HourHeatmap({ cells }: { cells: StatsDashboardDto['sessionsPerHour'] }) {
  const { t, i18n } = useTranslation('stats');
  const number = new Intl.NumberFormat(i18n.language);
  const hours = hourRange(cells.map((cell) => cell.hour));
  const counts = new Map(cells.map((cell) => [`${cell.weekday}-${cell.hour}`, cell.count]));
  const max = Math.max(1, ...cells.map((cell) => cell.count));
  return (
    <section className="stats-block stats-block-wide" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('chart.sessionsPerHour')}</h2>
      <div className="heatmap-scroll">
        <table className="stats-table heatmap">
          <caption className="visually-hidden">{t('chart.sessionsPerHour')}</caption>
          <thead>
            <tr>
              <td />
              {hours.map((hour) => (
                <th key={hour} scope="col">
                  {t('hour', { hour })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((weekday) => (
              <tr key={weekday}>
                <th scope="row">{t(`weekday.${weekday}`)}</th>
                {hours.map((hour) => {
                  const count = counts.get(`${weekday}-${hour}`) ?? 0;
                  const level = count === 0 ? 0 : Math.ceil((count / max) * 4);
                  return (
                    <td key={hour} className={`heat-${level}`}>
                      {count === 0 ? '' : number.format(count)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function hourRange(hours: readonly number[]): number[] {
  const first = Math.min(8, ...hours);
  const last = Math.max(19, ...hours);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
