import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiFailure } from '../../app/api';
import { useApi } from '../../app/use-api';

/** The last 20 saved versions of the config; any can be put back. */
export default function HistoryPage() {
  const { t, i18n } = useTranslation('admin');
  const [history, reload] = useApi(() => api().configHistory.list());
  const [message, setMessage] = useState('');
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  async function restore(id: number, savedAt: string) {
    try {
      await api().configHistory.restore(id);
      setMessage(t('history.restored', { date: format.format(new Date(savedAt)) }));
    } catch (error) {
      setMessage(t('history.failed', { context: isApiFailure(error) ? error.reason : undefined }));
    }
    reload();
  }

  return (
    <section>
      <h2>{t('history.title')}</h2>
      <p>{t('history.intro')}</p>
      <p role="status" className="save-message">
        {message}
      </p>
      {history.status === 'ready' ? (
        <ol className="history-list">
          {history.data.map((entry, index) => (
            <li key={entry.id}>
              <span>
                {format.format(new Date(entry.savedAt))} — {t(`history.reason.${entry.reason}`)}
                {index === 0 ? ` (${t('history.inForce')})` : ''}
              </span>
              {index > 0 ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void restore(entry.id, entry.savedAt)}
                >
                  {t('history.restore')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
