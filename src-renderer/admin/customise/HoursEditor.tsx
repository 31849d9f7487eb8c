import { useTranslation } from 'react-i18next';
import type { CentreConfig } from '../../../src-main/api/contract/config';
import type { ValidationIssue } from '../../../src-main/api/contract/validation';
import { DAYS, dayLabel } from '../../shared/opening-hours';
import { TextField } from './fields';

type Hours = CentreConfig['centre']['hours'];
type Range = Hours['weekly']['monday'][number];

interface HoursEditorProps {
  hours: Hours;
  issues: readonly ValidationIssue[];
  onChange(edit: (hours: Hours) => void): void;
}

/** Opening hours per day (up to four spans each), then dated exceptions (closures, holidays). */
export function HoursEditor({ hours, issues, onChange }: HoursEditorProps) {
  const { t, i18n } = useTranslation('admin');
  return (
    <fieldset className="hours-editor">
      <legend>{t('identity.hours')}</legend>
      {DAYS.map((day) => (
        <RangesEditor
          key={day}
          title={capitalised(dayLabel(day, i18n.language), i18n.language)}
          path={`centre.hours.weekly.${day}`}
          ranges={hours.weekly[day]}
          issues={issues}
          onChange={(edit) => onChange((draft) => edit(draft.weekly[day]))}
        />
      ))}
      <h3>{t('identity.exceptions')}</h3>
      <p className="field-hint">{t('identity.exceptionsHint')}</p>
      {hours.exceptions.map((exception, index) => {
        const path = `centre.hours.exceptions.${index}`;
        return (
          <div key={index} className="hours-exception">
            <TextField
              label={t('identity.exceptionDate')}
              type="date"
              path={`${path}.date`}
              issues={issues}
              value={exception.date}
              onChange={(value) =>
                onChange((draft) => setAt(draft.exceptions, index, 'date', value))
              }
            />
            <TextField
              label={t('identity.exceptionLabel')}
              path={`${path}.label`}
              issues={issues}
              value={exception.label}
              onChange={(value) =>
                onChange((draft) => setAt(draft.exceptions, index, 'label', value))
              }
            />
            <RangesEditor
              title={t('identity.exceptionHours')}
              path={`${path}.ranges`}
              ranges={exception.ranges}
              issues={issues}
              onChange={(edit) => onChange((draft) => edit(draft.exceptions[index]?.ranges ?? []))}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onChange((draft) => draft.exceptions.splice(index, 1))}
            >
              {t('identity.removeException')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          onChange((draft) =>
            draft.exceptions.push({
              date: todayIso(),
              label: t('identity.closedLabel'),
              ranges: [],
            }),
          )
        }
      >
        {t('identity.addException')}
      </button>
    </fieldset>
  );
}

function RangesEditor(props: {
  title: string;
  path: string;
  ranges: Range[];
  issues: readonly ValidationIssue[];
  onChange(edit: (ranges: Range[]) => void): void;
}) {
  const { t } = useTranslation('admin');
  const { title, path, ranges, issues, onChange } = props;
  return (
    <div className="hours-day" role="group" aria-label={title}>
      <p className="hours-day-title">
        {title}
        {ranges.length === 0 ? ` — ${t('identity.closed')}` : ''}
      </p>
      {ranges.map((range, index) => (
        <div key={index} className="hours-range">
          <TextField
            label={t('identity.opens', { day: title })}
            labelHidden
            type="time"
            path={`${path}.${index}.opens`}
            issues={issues}
            value={range.opens}
            onChange={(value) => onChange((draft) => setAt(draft, index, 'opens', value))}
          />
          <span aria-hidden="true">–</span>
          <TextField
            label={t('identity.closes', { day: title })}
            labelHidden
            type="time"
            path={`${path}.${index}.closes`}
            issues={issues}
            value={range.closes}
            onChange={(value) => onChange((draft) => setAt(draft, index, 'closes', value))}
          />
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('identity.removeRange', { day: title })}
            onClick={() => onChange((draft) => draft.splice(index, 1))}
          >
            ✕
          </button>
        </div>
      ))}
      {ranges.length < 4 ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange((draft) => draft.push({ opens: '09:00', closes: '12:00' }))}
        >
          {t('identity.addRange', { day: title })}
        </button>
      ) : null}
    </div>
  );
}

function setAt<Item extends object, Key extends keyof Item>(
  list: Item[],
  index: number,
  key: Key,
  value: Item[Key],
) {
  const item = list[index];
  if (item) item[key] = value;
}

function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
