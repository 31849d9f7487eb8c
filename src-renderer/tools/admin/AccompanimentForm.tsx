import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccompanimentEntry } from '../../../src-main/api/contract/accompaniment';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useLocalized } from '../use-namespaces';
import { FailureMessage } from './admin-helpers';

const DURATIONS = [5, 10, 15, 20, 30, 45, 60, 90];
const AUTONOMY = ['seul', 'avec', 'pour'] as const;

/** Log an accompaniment in a few clicks: topic, duration, autonomy, follow-up. No names. */
export function AccompanimentForm({ onRecorded }: { onRecorded(): void }) {
  const { t } = useTranslation('tools-admin');
  const text = useLocalized();
  const topicId = useId();
  const [topics] = useApi(() => api().accompaniments.topics());
  const [catalogue] = useApi(() => api().catalogue.get());
  const [entry, setEntry] = useState<Partial<AccompanimentEntry>>({ followUp: false });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [incomplete, setIncomplete] = useState(false);

  const themeLabel = (id: string) =>
    catalogue.status === 'ready'
      ? text(catalogue.data.themes.find((theme) => theme.id === id)?.title) ||
        t(`topic.${id}`, { defaultValue: id })
      : id;
  const demarcheLabel = (id: string) =>
    catalogue.status === 'ready'
      ? text(catalogue.data.demarches.find((item) => item.id === id)?.title) || id
      : id;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const { topic, minutes, autonomy, followUp } = entry;
    if (!topic || !minutes || !autonomy) return setIncomplete(true);
    setIncomplete(false);
    try {
      await api().accompaniments.record({ topic, minutes, autonomy, followUp: followUp ?? false });
      setEntry({ followUp: false });
      setSaved(true);
      onRecorded();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <form className="accompaniment-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('accompaniments.logTitle')}</h2>
      <div className="field">
        <label htmlFor={topicId}>{t('accompaniments.topic')}</label>
        <select
          id={topicId}
          value={entry.topic ?? ''}
          onChange={(event) => setEntry({ ...entry, topic: event.target.value })}
        >
          <option value="">{t('accompaniments.chooseTopic')}</option>
          {topics.status === 'ready'
            ? topics.data.themes.map((group) => (
                <optgroup key={group.themeId} label={themeLabel(group.themeId)}>
                  <option value={group.themeId}>
                    {t('accompaniments.wholeTheme', { theme: themeLabel(group.themeId) })}
                  </option>
                  {group.demarcheIds.map((id) => (
                    <option key={id} value={id}>
                      {demarcheLabel(id)}
                    </option>
                  ))}
                </optgroup>
              ))
            : null}
          {topics.status === 'ready' ? (
            <optgroup label={t('accompaniments.digitalSkills')}>
              {topics.data.extras.map((id) => (
                <option key={id} value={id}>
                  {t(`topic.${id}`)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <ChoiceButtons
        legend={t('accompaniments.duration')}
        options={DURATIONS.map((minutes) => [
          minutes,
          t('accompaniments.minutes', { count: minutes }),
        ])}
        value={entry.minutes}
        onChange={(minutes) => setEntry({ ...entry, minutes })}
      />
      <ChoiceButtons
        legend={t('accompaniments.autonomy')}
        options={AUTONOMY.map((level) => [level, t(`accompaniments.autonomyLevel.${level}`)])}
        value={entry.autonomy}
        onChange={(autonomy) => setEntry({ ...entry, autonomy })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={entry.followUp ?? false}
          onChange={(event) => setEntry({ ...entry, followUp: event.target.checked })}
        />
        {t('accompaniments.followUp')}
      </label>
      <p className="hint">{t('accompaniments.privacy')}</p>
      <button type="submit" className="button button-primary">
        {t('accompaniments.save')}
      </button>
      <p role="status">{saved ? t('accompaniments.saved') : null}</p>
      {incomplete ? (
        <p role="alert" className="form-message">
          {t('accompaniments.incomplete')}
        </p>
      ) : null}
      <FailureMessage error={error} />
    </form>
  );
}

function ChoiceButtons<T extends string | number>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: [T, string][];
  value: T | undefined;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map(([option, label]) => (
          <button
            key={String(option)}
            type="button"
            className="button button-language"
            aria-pressed={value === option}
            onClick={() => onChange(option)}
          >
            {label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
