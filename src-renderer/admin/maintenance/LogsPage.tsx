import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';

const LIMIT = 200;

/** The newest lines of the borne's log: incidents only (warnings, errors), or everything. */
export default function LogsPage() {
  const { t, i18n } = useTranslation('admin');
  const [incidentsOnly, setIncidentsOnly] = useState(true);
  const [logs, reload] = useApi(
    () => api().maintenance.recentLogs({ limit: LIMIT, incidentsOnly }),
    String(incidentsOnly),
  );
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  return (
    <section>
      <h2>{t('logs.title')}</h2>
      <p>{t('logs.intro')}</p>
      <div className="admin-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={incidentsOnly}
          onClick={() => setIncidentsOnly(!incidentsOnly)}
        >
          {incidentsOnly ? t('logs.showAll') : t('logs.showIncidents')}
        </button>
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('logs.refresh')}
        </button>
      </div>
      {logs.status === 'ready' && logs.data.length === 0 ? <p>{t('logs.none')}</p> : null}
      {logs.status === 'ready' && logs.data.length > 0 ? (
        <table className="log-lines">
          <thead>
            <tr>
              <th scope="col">{t('logs.when')}</th>
              <th scope="col">{t('logs.level')}</th>
              <th scope="col">{t('logs.what')}</th>
            </tr>
          </thead>
          <tbody>
            {logs.data.map((entry, index) => (
              <tr key={index} className={`log-${entry.level}`}>
                <td>{format.format(new Date(entry.at))}</td>
                <td>{t(`logs.levels.${entry.level}`)}</td>
                <td dir="ltr">
                  <code>
                    {entry.scope ? `[${entry.scope}] ` : ''}
                    {entry.message}
                    {entry.fields
                      ? ` ${Object.entries(entry.fields)
                          .map(([key, value]) => `${key}=${String(value)}`)
                          .join(' ')}`
                      : ''}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
