import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkPeriod,
  PERIOD_PRESETS,
  presetPeriod,
  type Period,
  type PeriodPreset,
} from './period';

/** Quick periods as buttons, or two dates. */
export function PeriodPicker({
  period,
  onChange,
}: {
  period: Period;
  onChange(period: Period): void;
}) {
  const { t } = useTranslation('stats');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<'missing' | 'backwards' | null>(null);
  const id = useId();

  function choose(preset: PeriodPreset) {
    const chosen = presetPeriod(preset, new Date());
    setFrom(chosen.from);
    setTo(chosen.to);
    setProblem(null);
    onChange(chosen);
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkPeriod(from, to);
    if (typeof checked === 'string') return setProblem(checked);
    setProblem(null);
    onChange(checked);
  }

  const isCurrent = (preset: PeriodPreset) => {
    const candidate = presetPeriod(preset, new Date());
    return candidate.from === period.from && candidate.to === period.to;
  };

  return (
    <section className="period-picker" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('period.title')}
      </h2>
      <div className="period-presets" role="group" aria-label={t('period.title')}>
        {PERIOD_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button button-secondary"
            aria-pressed={isCurrent(preset)}
            onClick={() => choose(preset)}
          >
            {t(`period.${preset}`)}
          </button>
        ))}
      </div>
      <form className="period-custom" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-from`}>{t('period.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <label htmlFor={`${id}-to`}>{t('period.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <button type="submit" className="button button-primary">
          {t('period.apply')}
        </button>
        {problem ? (
          <p role="alert" className="form-error">
            {t(`period.${problem}`)}
          </p>
        ) : null}
      </form>
    </section>
  );
}
