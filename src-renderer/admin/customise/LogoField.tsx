import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiFailure } from '../../app/api';
import { FieldMessage } from './fields';

/** Same cap as the main side's; checked here first so a huge file is not even read. */
const LOGO_MAX_BYTES = 1024 * 1024;

interface LogoFieldProps {
  current: string | null;
  onUploaded(fileName: string): void;
  onRemove(): void;
}

/** Chooses an image; the main side checks its bytes and stores it; the draft names it. */
export function LogoField({ current, onUploaded, onRemove }: LogoFieldProps) {
  const { t } = useTranslation('admin');
  const id = useId();
  const messageId = useId();
  const [message, setMessage] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setMessage(null);
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      setMessage(t('logo.problem.logo-too-large'));
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await api().customise.uploadLogo(toBase64(bytes));
      onUploaded(result.fileName);
    } catch (error) {
      const reason = isApiFailure(error) ? error.reason : undefined;
      setMessage(
        t(`logo.problem.${reason ?? 'unknown'}`, { defaultValue: t('logo.problem.unknown') }),
      );
    }
  }

  return (
    <div className="field logo-field">
      <label htmlFor={id}>{t('logo.label')}</label>
      <p className="field-hint">{t('logo.hint')}</p>
      {current ? <img src={current} alt={t('logo.currentAlt')} className="centre-logo" /> : null}
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/svg+xml"
        aria-describedby={messageId}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {current ? (
        <button type="button" className="button button-secondary" onClick={onRemove}>
          {t('logo.remove')}
        </button>
      ) : null}
      <FieldMessage id={messageId} issues={message ? [message] : []} />
    </div>
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}
