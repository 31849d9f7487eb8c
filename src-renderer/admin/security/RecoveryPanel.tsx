import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiFailure } from '../../app/api';
import { useApi } from '../../app/use-api';

/**
 * Forgotten PIN: the referent tells the federation this borne's centre and one-time code,
 * receives a signed reset file, and chooses it here. See docs/admin-pin-recovery.md.
 */
export function RecoveryPanel({ onReset }: { onReset(): void }) {
  const { t } = useTranslation('admin');
  const fileId = useId();
  const [info] = useApi(() => api().admin.recoveryInfo());
  const [message, setMessage] = useState('');

  async function choose(file: File | undefined) {
    if (!file) return;
    try {
      await api().admin.resetPin(await file.text());
      onReset();
    } catch (error) {
      const reason = isApiFailure(error) ? error.reason : undefined;
      setMessage(t(`recovery.problem.${reason ?? 'unknown'}`, { defaultValue: t('unavailable') }));
    }
  }

  if (info.status !== 'ready') return null;
  if (!info.data.available) return <p className="recovery">{t('recovery.unavailable')}</p>;
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.steps')}</p>
      <dl className="system-facts">
        <dt>{t('recovery.centre')}</dt>
        <dd>
          <code>{info.data.centreId}</code>
        </dd>
        <dt>{t('recovery.code')}</dt>
        <dd>
          <code className="recovery-code">{info.data.challenge}</code>
        </dd>
      </dl>
      <label htmlFor={fileId}>{t('recovery.file')}</label>
      <input
        id={fileId}
        type="file"
        accept="application/json,.json"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <p className="form-message" role="alert">
        {message}
      </p>
    </section>
  );
}
