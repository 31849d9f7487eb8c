import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiFailure } from '../../app/api';

/** Changes the referent's PIN (the current one is asked again). */
export default function SecurityPage() {
  const { t } = useTranslation('admin');
  const currentId = useId();
  const nextId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState('');

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    try {
      await api().admin.changePin(current, next);
      setMessage(t('security.changed'));
      setCurrent('');
      setNext('');
    } catch (error) {
      const failure = isApiFailure(error) ? error : undefined;
      setMessage(
        failure?.reason
          ? t(`pin.problem.${failure.reason}`, { count: failure.retryInSeconds ?? 0 })
          : t('unavailable'),
      );
    }
  }

  return (
    <section>
      <h2>{t('security.title')}</h2>
      <form className="pin-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={currentId}>{t('security.current')}</label>
        <input
          id={currentId}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <label htmlFor={nextId}>{t('security.next')}</label>
        <input
          id={nextId}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <p className="form-message" role="alert">
          {message}
        </p>
        <button type="submit" className="button button-primary" disabled={!current || !next}>
          {t('security.change')}
        </button>
      </form>
      <p>{t('security.autoLock')}</p>
    </section>
  );
}
