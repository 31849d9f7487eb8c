import { useTranslation } from 'react-i18next';
import type { NextDeadlineDto } from '../../../src-main/api/contract/namespaces/reminders';
import { useDateFormat } from '../use-namespaces';

/** The next deadline in plain words: big date first, then the details. */
export function DeadlineView({ next }: { next: NextDeadlineDto }) {
  const { t } = useTranslation('tools');
  const date = useDateFormat();

  if (next.status === 'unknown' || next.closes === null) {
    return (
      <p className="deadline deadline-unknown" role="status">
        {t('penseBete.notAnnounced')}
      </p>
    );
  }
  const closes = date(next.closes);
  const headline = (() => {
    if (next.status === 'passed') return t('penseBete.passed', { date: closes });
    if (next.opens === null) {
      return t(next.approximate ? 'penseBete.around' : 'penseBete.on', { date: closes });
    }
    if (next.status === 'open') return t('penseBete.openUntil', { date: closes });
    return t('penseBete.fromTo', { opens: date(next.opens), closes });
  })();

  return (
    <div className={`deadline deadline-${next.status}`} role="status">
      <p className="deadline-headline">{headline}</p>
      <ul className="deadline-details">
        {next.time ? <li>{t('penseBete.time', next.time)}</li> : null}
        {next.advisedBy ? (
          <li>{t('penseBete.advisedBy', { date: date(next.advisedBy) })}</li>
        ) : null}
        {next.paperCloses ? (
          <li>{t('penseBete.paperBy', { date: date(next.paperCloses) })}</li>
        ) : null}
        {next.zone !== null ? <li>{t('penseBete.zone', { zone: next.zone })}</li> : null}
        {next.reminders.map((reminder) => (
          <li key={reminder.date}>
            {t('penseBete.reminder', { date: date(reminder.date), count: reminder.daysBefore })}
          </li>
        ))}
        {next.shiftedFrom ? (
          <li>{t('penseBete.shifted', { date: date(next.shiftedFrom) })}</li>
        ) : null}
        {next.approximate ? <li>{t('penseBete.estimated')}</li> : null}
      </ul>
    </div>
  );
}
