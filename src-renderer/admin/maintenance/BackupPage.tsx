import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../src-main/api/contract/validation';
import { api, isApiFailure } from '../../app/api';
import { issueText } from '../customise/issue-text';

type Outcome =
  | { kind: 'none' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'restored'; name: string }
  | { kind: 'refused'; reason?: string; issues?: ValidationIssue[] };

/** Keeps a copy of the settings in a file, and puts a copy back (checked first). */
export default function BackupPage() {
  const { t } = useTranslation('admin');
  const fileId = useId();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function download() {
    const { fileName, text } = await api().maintenance.exportBackup();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setOutcome({ kind: 'saved', fileName });
  }

  async function restore(file: File | undefined) {
    if (!file) return;
    try {
      const config = await api().maintenance.restoreBackup(await file.text());
      setOutcome({ kind: 'restored', name: config.centre.name });
    } catch (error) {
      setOutcome(
        isApiFailure(error)
          ? {
              kind: 'refused',
              reason: error.reason ?? error.code,
              ...(error.issues ? { issues: error.issues } : {}),
            }
          : { kind: 'refused' },
      );
    }
  }

  return (
    <section>
      <h2>{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <button type="button" className="button button-primary" onClick={() => void download()}>
        {t('backup.download')}
      </button>
      <div className="field">
        <label htmlFor={fileId}>{t('backup.restoreLabel')}</label>
        <p className="field-hint">{t('backup.restoreHint')}</p>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void restore(event.target.files?.[0])}
        />
      </div>
      <div
        role="status"
        className={outcome.kind === 'refused' ? 'save-message-error' : 'save-message'}
      >
        {outcome.kind === 'saved' ? (
          <p>{t('backup.saved', { fileName: outcome.fileName })}</p>
        ) : null}
        {outcome.kind === 'restored' ? <p>{t('backup.restored', { name: outcome.name })}</p> : null}
        {outcome.kind === 'refused' ? (
          <>
            <p>{t('backup.refused', { context: outcome.reason })}</p>
            {outcome.issues ? (
              <ul>
                {outcome.issues.map((issue) => (
                  <li key={`${issue.path}-${issue.code}`}>
                    <code>{issue.path}</code> : {issueText(t, issue)}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <RestartBlock />
    </section>
  );
}

/** Restarts the borne; the preview host says plainly that it cannot. */
function RestartBlock() {
  const { t } = useTranslation('admin');
  const [message, setMessage] = useState('');
  async function restart() {
    const { restarting } = await api().maintenance.restart();
    setMessage(restarting ? t('restart.restarting') : t('restart.cannot'));
  }
  return (
    <section aria-labelledby="restart-title" className="restart-block">
      <h2 id="restart-title">{t('restart.title')}</h2>
      <p>{t('restart.intro')}</p>
      <button type="button" className="button button-secondary" onClick={() => void restart()}>
        {t('restart.button')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
