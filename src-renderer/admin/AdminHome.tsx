import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { NoticeDto } from '../../src-main/api/contract/namespaces/admin';
import { api } from '../app/api';
import { useApi } from '../app/use-api';
import { ToolsAdminLink } from '../tools/admin/ToolsAdminLink';

/** The referent's first screen: what needs attention, and where the config and data live. */
export function AdminHome({ onLock }: { onLock(): void }) {
  const { t } = useTranslation('admin');
  const [status, reload] = useApi(() => api().admin.getStatus());
  useEffect(() => api().on('noticesChanged', reload), [reload]);

  async function lock() {
    await api().admin.lock();
    onLock();
  }

  return (
    <div className="page page-admin">
      <header className="admin-header">
        <h1>{t('title')}</h1>
        <div className="admin-actions">
          <Link href="~/" className="button button-secondary">
            {t('backToPortal')}
          </Link>
          <ToolsAdminLink />
          <button type="button" className="button button-secondary" onClick={() => void lock()}>
            {t('lock')}
          </button>
        </div>
      </header>
      <main>
        {status.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
        {status.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
        {status.status === 'ready' ? (
          <>
            <section aria-labelledby="notices-title">
              <h2 id="notices-title">{t('notices.title')}</h2>
              {status.data.notices.length === 0 ? (
                <p>{t('notices.none')}</p>
              ) : (
                <ul className="notice-list">
                  {status.data.notices.map((notice) => (
                    <NoticeItem key={notice.id} notice={notice} />
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="system-title">
              <h2 id="system-title">{t('system.title')}</h2>
              <dl className="system-facts">
                <dt>{t('system.configFile')}</dt>
                <dd>
                  <code>{status.data.config.file}</code> —{' '}
                  {t(`system.configSource.${status.data.config.source}`)}
                </dd>
                <dt>{t('system.database')}</dt>
                <dd>
                  <code>{status.data.database.file}</code>
                  {status.data.database.inMemory ? ` — ${t('system.databaseInMemory')}` : ''}
                </dd>
                <dt>{t('system.secrets')}</dt>
                <dd>{t(`system.protection.${status.data.secrets.protection}`)}</dd>
              </dl>
            </section>
          </>
        ) : null}
      </main>
    </div>
  );
}

function NoticeItem({ notice }: { notice: NoticeDto }) {
  const { t } = useTranslation('admin');
  return (
    <li className={`notice notice-${notice.severity}`}>
      <p>
        {t(`notices.${notice.code}`, {
          ...notice.params,
          // A notice may say which fallback is in force: the sentence differs.
          context: typeof notice.params.fallback === 'string' ? notice.params.fallback : undefined,
          defaultValue: notice.code,
        })}
      </p>
      {notice.issues && notice.issues.length > 0 ? (
        <ul>
          {notice.issues.map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              <code>{issue.path}</code> :{' '}
              {t(`validation.${issue.code}`, { limit: issue.limit, format: issue.format })}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
