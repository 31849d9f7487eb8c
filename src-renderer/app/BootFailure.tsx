import { useTranslation } from 'react-i18next';

/** Shown when the UI cannot reach the main side at start: plain words, a way to retry. */
export function BootFailure() {
  const { t } = useTranslation();
  return (
    <main className="boot-failure">
      <h1>{t('bootFailed.title')}</h1>
      <p>{t('bootFailed.body')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => window.location.reload()}
      >
        {t('bootFailed.retry')}
      </button>
    </main>
  );
}
