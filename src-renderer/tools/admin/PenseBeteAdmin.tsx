import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRuleInput, WeekdayName } from '../../../src-main/api/contract/deadline-rules';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useLocalized } from '../use-namespaces';
import { FailureMessage } from './admin-helpers';
import { slugFrom } from './slug';

const WEEKDAYS: WeekdayName[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

interface Draft {
  title: string;
  summary: string;
  officialUrl: string;
  kind: 'weekly' | 'monthly-weekday' | 'dates';
  weekdays: WeekdayName[];
  nth: 1 | 2 | 3 | 4 | -1;
  dates: string;
  from: string;
  to: string;
  skipHolidays: boolean;
}

const EMPTY: Draft = {
  title: '',
  summary: '',
  officialUrl: 'https://www.service-public.gouv.fr',
  kind: 'weekly',
  weekdays: [],
  nth: 1,
  dates: '',
  from: '14:00',
  to: '17:00',
  skipHolidays: true,
};

/** The centre's own dates (permanences, workshops) beside the national rules. */
export function PenseBeteAdmin() {
  const { t } = useTranslation('tools-admin');
  const text = useLocalized();
  const [rules, reload] = useApi(() => api().reminders.localRules());
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api().reminders.saveLocalRule(ruleOf(draft));
      setDraft(EMPTY);
      setSaved(true);
      reload();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <main className="tools-admin">
      <section aria-labelledby="local-rules-title">
        <h2 id="local-rules-title">{t('penseBete.localTitle')}</h2>
        {rules.status === 'ready' && rules.data.rules.length === 0 ? (
          <p>{t('penseBete.none')}</p>
        ) : null}
        <ul className="admin-term-list">
          {rules.status === 'ready'
            ? rules.data.rules.map((rule) => (
                <li key={rule.id}>
                  <span dir="auto">{text(rule.title)}</span>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => void api().reminders.deleteLocalRule(rule.id).then(reload)}
                  >
                    {t('delete')}
                  </button>
                </li>
              ))
            : null}
        </ul>
      </section>
      <form className="admin-form" onSubmit={(event) => void submit(event)}>
        <h2>{t('penseBete.addTitle')}</h2>
        <div className="field">
          <label htmlFor="rule-title">{t('penseBete.field.title')}</label>
          <input
            id="rule-title"
            value={draft.title}
            onChange={(event) => set({ title: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="rule-summary">{t('penseBete.field.summary')}</label>
          <textarea
            id="rule-summary"
            rows={2}
            value={draft.summary}
            onChange={(event) => set({ summary: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="rule-kind">{t('penseBete.field.kind')}</label>
          <select
            id="rule-kind"
            value={draft.kind}
            onChange={(event) => set({ kind: event.target.value as Draft['kind'] })}
          >
            {(['weekly', 'monthly-weekday', 'dates'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`penseBete.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {draft.kind === 'dates' ? (
          <div className="field">
            <label htmlFor="rule-dates">{t('penseBete.field.dates')}</label>
            <input
              id="rule-dates"
              placeholder="2026-12-02, 2026-12-09"
              value={draft.dates}
              onChange={(event) => set({ dates: event.target.value })}
            />
          </div>
        ) : (
          <WeekdayFields draft={draft} set={set} />
        )}
        <div className="choice-row">
          <label htmlFor="rule-from">{t('penseBete.field.from')}</label>
          <input
            id="rule-from"
            type="time"
            value={draft.from}
            onChange={(event) => set({ from: event.target.value })}
          />
          <label htmlFor="rule-to">{t('penseBete.field.to')}</label>
          <input
            id="rule-to"
            type="time"
            value={draft.to}
            onChange={(event) => set({ to: event.target.value })}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.skipHolidays}
            onChange={(event) => set({ skipHolidays: event.target.checked })}
          />
          {t('penseBete.field.skipHolidays')}
        </label>
        <div className="field">
          <label htmlFor="rule-url">{t('penseBete.field.url')}</label>
          <input
            id="rule-url"
            value={draft.officialUrl}
            onChange={(event) => set({ officialUrl: event.target.value })}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('save')}
        </button>
        <p role="status">{saved ? t('penseBete.saved') : null}</p>
        <FailureMessage error={error} />
      </form>
    </main>
  );
}

function WeekdayFields({ draft, set }: { draft: Draft; set(patch: Partial<Draft>): void }) {
  const { t } = useTranslation('tools-admin');
  return (
    <fieldset className="choice">
      <legend>
        {t(draft.kind === 'weekly' ? 'penseBete.field.weekdays' : 'penseBete.field.weekday')}
      </legend>
      {draft.kind === 'monthly-weekday' ? (
        <select
          aria-label={t('penseBete.field.nth')}
          value={draft.nth}
          onChange={(event) => set({ nth: Number(event.target.value) as Draft['nth'] })}
        >
          {([1, 2, 3, 4, -1] as const).map((nth) => (
            <option key={nth} value={nth}>
              {t(`penseBete.nth.${String(nth)}`)}
            </option>
          ))}
        </select>
      ) : null}
      <div className="choice-row">
        {WEEKDAYS.map((day) => (
          <label key={day} className="checkbox">
            <input
              type={draft.kind === 'weekly' ? 'checkbox' : 'radio'}
              name="rule-weekday"
              checked={draft.weekdays.includes(day)}
              onChange={() =>
                set({
                  weekdays:
                    draft.kind === 'weekly'
                      ? draft.weekdays.includes(day)
                        ? draft.weekdays.filter((item) => item !== day)
                        : [...draft.weekdays, day]
                      : [day],
                })
              }
            />
            {t(`penseBete.weekday.${day}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The draft as a rule of the contract; the main side validates it and names the faults. */
function ruleOf(draft: Draft): DeadlineRuleInput {
  const time = { from: draft.from, to: draft.to };
  const schedule: DeadlineRuleInput['schedule'] =
    draft.kind === 'weekly'
      ? { kind: 'weekly', weekdays: draft.weekdays, time }
      : draft.kind === 'monthly-weekday'
        ? { kind: 'monthly-weekday', weekday: draft.weekdays[0] ?? 'monday', nth: draft.nth, time }
        : {
            kind: 'dates',
            dates: draft.dates.split(/[\s,;]+/).filter((date) => date !== ''),
            time,
          };
  return {
    id: `local-${slugFrom(draft.title, 50) || 'regle'}`,
    themeId: 'mairie-local',
    title: { fr: draft.title },
    summary: { fr: draft.summary },
    officialUrl: draft.officialUrl,
    nature: 'event',
    schedule,
    holidays: draft.skipHolidays ? 'skip' : 'none',
  };
}
