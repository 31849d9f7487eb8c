import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiFailure } from '../../app/api';
import { PinInput } from '../PinInput';

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
        <PinInput id={currentId} value={current} onValue={setCurrent} />
        <label htmlFor={nextId}>{t('security.next')}</label>
        <PinInput id={nextId} value={next} onValue={setNext} />
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
