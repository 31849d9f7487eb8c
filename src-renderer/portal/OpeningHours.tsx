import { useTranslation } from 'react-i18next';
import type { CentreDto } from '../../src-main/api/contract/namespaces/centre';
import { DAYS, dayLabel, formatRange, hoursOn } from '../shared/opening-hours';

/** Today's hours in a sentence, then the week. */
export function OpeningHours({ hours }: { hours: CentreDto['hours'] }) {
  const { t, i18n } = useTranslation('portal');
  const language = i18n.language;
  const today = hoursOn(hours, new Date());
  const todayText =
    today.ranges.length === 0
      ? t('hours.closedToday')
      : t('hours.openToday', {
          ranges: today.ranges.map((range) => formatRange(range, language)).join(', '),
        });

  return (
    <section className="opening-hours" aria-labelledby="opening-hours-title">
      <h2 id="opening-hours-title">{t('hours.title')}</h2>
      <p className="opening-hours-today">
        {todayText}
        {today.exception ? ` (${today.exception})` : ''}
      </p>
      <table className="opening-hours-week">
        <caption className="visually-hidden">{t('hours.week')}</caption>
        <tbody>
          {DAYS.map((day) => (
            <tr key={day}>
              <th scope="row">{dayLabel(day, language)}</th>
              <td>
                {hours.weekly[day].length === 0
                  ? t('hours.closed')
                  : hours.weekly[day].map((range) => formatRange(range, language)).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
