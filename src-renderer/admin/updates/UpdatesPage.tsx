import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdatesStatusDto } from '../../../src-main/api/contract/namespaces/updates';
import { api } from '../../app/api';
import { useNamespace } from '../../app/use-namespace';
import { useApi } from '../../app/use-api';
import { ContentChanges } from './ContentChanges';
import { formatDateTime } from './format';
import './updates.css';

/** Admin "Mises à jour": the federation's content in force, what changed, the app version. */
export default function UpdatesPage() {
  const { t, ready } = useNamespace('updates');
  const [status, reload] = useApi(() => api().updates.getStatus());
  const [checking, setChecking] = useState(false);

  useEffect(() => api().on('updatesChanged', reload), [reload]);

  async function checkNow() {
    setChecking(true);
    try {
      await api().updates.checkNow();
    } finally {
      setChecking(false);
      reload();
    }
  }

  if (!ready) return <p role="status">{t('common:loading')}</p>;
  return (
    <div className="admin-page">
      <div className="admin-page-heading">
        <h2>{t('title')}</h2>
        <button
          type="button"
          className="button button-primary"
          disabled={checking}
          onClick={() => void checkNow()}
        >
          {checking ? t('checking') : t('checkNow')}
        </button>
      </div>
      <div>
        {status.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
        {status.status === 'failed' ? <p role="alert">{t('admin:unavailable')}</p> : null}
        {status.status === 'ready' ? <UpdatesStatus status={status.data} /> : null}
      </div>
    </div>
  );
}

function UpdatesStatus({ status }: { status: UpdatesStatusDto }) {
  const { t, i18n } = useTranslation('updates');
  const { content, app } = status;
  const check = content.lastCheck;
  return (
    <>
      <section aria-labelledby="content-title">
        <h2 id="content-title">{t('content.title')}</h2>
        <dl className="system-facts">
          <dt>{t('content.server')}</dt>
          <dd>{status.server ? <code>{status.server}</code> : t('content.noServer')}</dd>
          <dt>{t('content.channel')}</dt>
          <dd>{t(`channel.${status.channel}`)}</dd>
          <dt>{t('content.catalogue')}</dt>
          <dd>
            {t(`content.source.${content.catalogue.source}`, {
              version: content.catalogue.version,
            })}
          </dd>
          <dt>{t('content.bundle')}</dt>
          <dd>
            {content.bundle
              ? t('content.bundleInForce', {
                  version: content.bundle.version,
                  date: formatDateTime(content.bundle.publishedAt, i18n.language),
                })
              : t('content.noBundle')}
          </dd>
          <dt>{t('content.lastCheck')}</dt>
          <dd className={`check-outcome check-${check?.outcome ?? 'never'}`}>
            {check
              ? `${formatDateTime(check.at, i18n.language)} — ${t(`outcome.${check.outcome}`, {
                  reason: check.reason ? t(`reason.${check.reason}`) : '',
                })}`
              : t('content.neverChecked')}
          </dd>
        </dl>
        {content.bundle ? (
          <ul className="bundle-parts" aria-label={t('content.parts')}>
            {content.bundle.parts.map((part) => (
              <li key={part.name}>
                {t(`part.${part.name}`, { defaultValue: part.name })} — {part.version}
                {part.checked ? '' : ` (${t('content.unchecked')})`}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <ContentChanges changes={content.lastChanges} />
      <section aria-labelledby="app-title">
        <h2 id="app-title">{t('app.title')}</h2>
        <p>{t('app.version', { version: app.version })}</p>
        <p>{t(`app.state.${app.state.phase}`, { ...app.state })}</p>
      </section>
    </>
  );
}
