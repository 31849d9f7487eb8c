import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentChoice } from '../../../src-main/api/contract/deadline-rules';
import type { ReminderRuleDto } from '../../../src-main/api/contract/namespaces/reminders';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const DAYS = Array.from({ length: 31 }, (_, index) => index + 1);

interface ChoiceFormProps {
  rule: ReminderRuleDto;
  onChoice(choice: ResidentChoice): void;
}

/**
 * What a rule needs from the resident (a month of their cycle, a date…). The answer
 * goes with the one request and is never stored.
 */
export function ChoiceForm({ rule, onChoice }: ChoiceFormProps) {
  switch (rule.needs) {
    case 'cycle-month':
      return <MonthChoice onChoice={(cycleMonth) => onChoice({ cycleMonth })} />;
    case 'anniversary':
      return (
        <AnniversaryChoice ruleId={rule.id} onChoice={(anniversary) => onChoice({ anniversary })} />
      );
    case 'start-date':
      return <StartDateChoice durations={rule.durationsDays ?? []} onChoice={onChoice} />;
    default:
      return null;
  }
}

function useMonthName(): (month: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  return (month) => format.format(new Date(Date.UTC(2026, month - 1, 1)));
}

function MonthChoice({ onChoice }: { onChoice(month: number): void }) {
  const { t } = useTranslation('tools');
  const monthName = useMonthName();
  return (
    <fieldset className="choice">
      <legend>{t('penseBete.chooseMonth')}</legend>
      <div className="month-grid">
        {MONTHS.map((month) => (
          <button
            key={month}
            type="button"
            className="button button-secondary"
            onClick={() => onChoice(month)}
          >
            {monthName(month)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function AnniversaryChoice({
  ruleId,
  onChoice,
}: {
  ruleId: string;
  onChoice(value: { month: number; day: number }): void;
}) {
  const { t } = useTranslation('tools');
  const monthName = useMonthName();
  const dayId = useId();
  const monthId = useId();
  const [day, setDay] = useState(1);
  const [month, setMonth] = useState(1);
  return (
    <fieldset className="choice">
      <legend>
        {t(`penseBete.anniversary.${ruleId}`, { defaultValue: t('penseBete.anniversary.default') })}
      </legend>
      <div className="choice-row">
        <label htmlFor={dayId}>{t('penseBete.day')}</label>
        <select id={dayId} value={day} onChange={(event) => setDay(Number(event.target.value))}>
          {DAYS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <label htmlFor={monthId}>{t('penseBete.month')}</label>
        <select
          id={monthId}
          value={month}
          onChange={(event) => setMonth(Number(event.target.value))}
        >
          {MONTHS.map((value) => (
            <option key={value} value={value}>
              {monthName(value)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-primary"
          onClick={() => onChoice({ day, month })}
        >
          {t('penseBete.show')}
        </button>
      </div>
    </fieldset>
  );
}

function StartDateChoice({
  durations,
  onChoice,
}: {
  durations: number[];
  onChoice(choice: ResidentChoice): void;
}) {
  const { t } = useTranslation('tools');
  const dateId = useId();
  const [startDate, setStartDate] = useState('');
  return (
    <fieldset className="choice">
      <legend>{t('penseBete.chooseStart')}</legend>
      <div className="choice-row">
        <label htmlFor={dateId}>{t('penseBete.startDate')}</label>
        <input
          id={dateId}
          type="date"
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
        />
      </div>
      <div className="choice-row">
        {durations.map((days) => (
          <button
            key={days}
            type="button"
            className="button button-secondary"
            disabled={startDate === ''}
            onClick={() => onChoice({ startDate, durationDays: days })}
          >
            {t(`penseBete.durationDays.${String(days)}`, {
              defaultValue: t('penseBete.duration', { count: days }),
            })}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
