import { useTranslation } from 'react-i18next';
import type { BorneApiFailure } from '../../../src-main/api/contract/errors';
import { isApiFailure } from '../../app/api';

/** A refused save, field by field, in the admin's words. */
export function FailureMessage({
  error,
  fieldLabel = (path) => path,
}: {
  error: unknown;
  /** The form's own name for a field ("phone" → "Téléphone"). */
  fieldLabel?: (path: string) => string;
}) {
  const { t } = useTranslation('tools-admin');
  if (error === null || error === undefined) return null;
  const failure: BorneApiFailure | null = isApiFailure(error) ? error : null;
  return (
    <div role="alert" className="form-message">
      <p>
        {failure?.reason
          ? t(`reason.${failure.reason}`, { defaultValue: t('refused') })
          : t('refused')}
      </p>
      {failure?.issues && failure.issues.length > 0 ? (
        <ul>
          {failure.issues.map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              <strong>{issue.path ? fieldLabel(issue.path) : '—'}</strong> :{' '}
              {t(`admin:validation.${issue.code}`, { limit: issue.limit, format: issue.format })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Save and Cancel under an admin form, and why a save was refused. */
export function FormActions({
  error,
  onCancel,
  fieldLabel,
}: {
  error: unknown;
  onCancel(): void;
  fieldLabel?: (path: string) => string;
}) {
  const { t } = useTranslation('tools-admin');
  return (
    <>
      <div className="tool-actions">
        <button type="submit" className="button button-primary">
          {t('save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <FailureMessage error={error} {...(fieldLabel ? { fieldLabel } : {})} />
    </>
  );
}

/** Offers a text as a file to save (CSV, pack): the browser's download, no disk path typed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chosen file's bytes as base64, for the API (the bytes matter: Latin-1, BOM). */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
