import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AuthStateDto } from '../../src-main/api/contract/namespaces/admin';
import { api, isApiFailure } from '../app/api';
import { PinInput } from './PinInput';
import { RecoveryPanel } from './security/RecoveryPanel';

interface PinFormProps {
  mode: 'create' | 'unlock';
  state?: AuthStateDto;
  onDone(): void;
}

/** One PIN field: creates the PIN on first run, or unlocks admin mode. */
export function PinForm({ mode, state, onDone }: PinFormProps) {
  const { t } = useTranslation('admin');
  const fieldId = useId();
  const messageId = useId();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  const lockedFor = useCountdown(state?.lockedForSeconds ?? 0);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      if (mode === 'create') {
        await api().admin.createPin(pin);
        onDone();
        return;
      }
      const result = await api().admin.unlock(pin);
      if (result.status === 'unlocked') return onDone();
      setPin('');
      if (result.status === 'locked') {
        setMessage(t('pin.locked', { count: result.retryInSeconds }));
        onDone();
      } else {
        setMessage(t('pin.wrong', { count: result.attemptsBeforeLock }));
      }
    } catch (error) {
      setMessage(
        isApiFailure(error) && error.reason ? t(`pin.problem.${error.reason}`) : t('unavailable'),
      );
    } finally {
      setBusy(false);
    }
  }

  const locked = lockedFor > 0;
  return (
    <main className="page page-admin-pin">
      <h1>{mode === 'create' ? t('pin.createTitle') : t('pin.unlockTitle')}</h1>
      {mode === 'create' ? <p>{t('pin.createHelp')}</p> : null}
      <form onSubmit={(event) => void submit(event)} className="pin-form">
        <label htmlFor={fieldId}>{mode === 'create' ? t('pin.newLabel') : t('pin.label')}</label>
        <PinInput
          id={fieldId}
          value={pin}
          disabled={locked}
          aria-describedby={messageId}
          onValue={setPin}
        />
        <p id={messageId} className="form-message" role="alert">
          {locked ? t('pin.locked', { count: lockedFor }) : message}
        </p>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || locked || pin === ''}
        >
          {mode === 'create' ? t('pin.create') : t('pin.unlock')}
        </button>
      </form>
      <div className="admin-actions">
        <Link href="~/" className="button button-secondary">
          {t('backToPortal')}
        </Link>
        {mode === 'unlock' ? (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={recovering}
            onClick={() => setRecovering(!recovering)}
          >
            {t('recovery.forgot')}
          </button>
        ) : null}
      </div>
      {recovering ? <RecoveryPanel onReset={onDone} /> : null}
    </main>
  );
}

/** Seconds left, ticking down once a second; starts again when `initial` changes. */
function useCountdown(initial: number): number {
  const [tick, setTick] = useState({ from: initial, left: initial });
  const left = tick.from === initial ? tick.left : initial;
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setTick({ from: initial, left: left - 1 }), 1000);
    return () => clearTimeout(timer);
  }, [initial, left]);
  return left;
}
