import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SyncStatusDto } from '../../../src-main/api/contract/namespaces/stats';
import { api, isApiFailure } from '../../app/api';
import { useApi } from '../../app/use-api';

/** Matomo sync: where it stands, the last error, and the write token (entered, never shown). */
export function SyncPage() {
  const { t } = useTranslation('stats');
  const [status, reload] = useApi(() => api().stats.syncStatus());
  const [override, setOverride] = useState<SyncStatusDto | null>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      setOverride(null);
      reload();
    }, 5000);
    return () => clearInterval(timer);
  }, [reload]);
  const current = override ?? (status.status === 'ready' ? status.data : null);

  return (
    <div className="admin-page page-stats">
      <div className="admin-page-heading">
        <h2>{t('sync.title')}</h2>
        <nav className="admin-actions" aria-label={t('navigation')}>
          <Link href="/" className="button button-secondary">
            {t('sync.backToStats')}
          </Link>
        </nav>
      </div>
      <div>
        {status.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
        {current ? (
          <>
            <SyncFacts status={current} />
            <div className="sync-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={current.activity === 'off' || current.activity === 'stopped'}
                onClick={() => void api().stats.syncNow().then(setOverride)}
              >
                {t('sync.now')}
              </button>
            </div>
            <TokenForm tokenSet={current.tokenSet} onSaved={setOverride} />
          </>
        ) : (
          <p role="status">{t('common:loading')}</p>
        )}
      </div>
    </div>
  );
}

function SyncFacts({ status }: { status: SyncStatusDto }) {
  const { t, i18n } = useTranslation('stats');
  const number = new Intl.NumberFormat(i18n.language);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const when = (iso: string | null) => (iso ? time.format(new Date(iso)) : t('sync.never'));
  const failing = status.lastError !== null && (status.lastSuccessAt ?? '') < status.lastError.at;
  return (
    <section aria-labelledby="sync-state-title">
      <h2 id="sync-state-title">{t('sync.state')}</h2>
      <p className={`sync-activity sync-${status.activity}`} role="status">
        {t(`sync.activity.${status.activity}`)}
      </p>
      {failing && status.lastError ? (
        <p role="alert" className="notice notice-warning">
          {t(`sync.error.${status.lastError.code}`)} ({status.lastError.detail}) —{' '}
          {when(status.lastError.at)}
        </p>
      ) : null}
      {status.heldForToken > 0 ? (
        <p className="notice notice-info">{t('sync.held', { count: status.heldForToken })}</p>
      ) : null}
      <dl className="system-facts">
        <dt>{t('sync.url')}</dt>
        <dd>{status.url ? <code>{status.url}</code> : t('sync.noUrl')}</dd>
        <dt>{t('sync.siteId')}</dt>
        <dd>{status.siteId}</dd>
        <dt>{t('sync.pending')}</dt>
        <dd data-sync="pending">{number.format(status.pending)}</dd>
        <dt>{t('sync.delivered')}</dt>
        <dd data-sync="delivered">{number.format(status.delivered)}</dd>
        <dt>{t('sync.refused')}</dt>
        <dd>{number.format(status.refused)}</dd>
        <dt>{t('sync.lastSuccess')}</dt>
        <dd>{when(status.lastSuccessAt)}</dd>
        <dt>{t('sync.lastError')}</dt>
        <dd>
          {status.lastError
            ? `${t(`sync.error.${status.lastError.code}`)} (${status.lastError.detail}) — ${when(status.lastError.at)}`
            : t('sync.noError')}
        </dd>
        {status.nextAttemptAt ? (
          <>
            <dt>{t('sync.nextAttempt')}</dt>
            <dd>{when(status.nextAttemptAt)}</dd>
          </>
        ) : null}
        <dt>{t('sync.token')}</dt>
        <dd>
          {status.tokenSet ? t('sync.tokenSet') : t('sync.tokenMissing')} —{' '}
          {t(`sync.protection.${status.protection}`)}
        </dd>
      </dl>
    </section>
  );
}

function TokenForm({
  tokenSet,
  onSaved,
}: {
  tokenSet: boolean;
  onSaved(status: SyncStatusDto): void;
}) {
  const { t } = useTranslation('stats');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState(false);

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    try {
      onSaved(await api().stats.setMatomoToken(token));
      setToken('');
      setProblem(false);
    } catch (error) {
      if (!isApiFailure(error)) throw error;
      setProblem(true);
    }
  }

  return (
    <section aria-labelledby="token-title">
      <h2 id="token-title">{t('sync.tokenTitle')}</h2>
      <p>{t('sync.tokenHelp')}</p>
      <form className="token-form" onSubmit={(event) => void save(event)}>
        <label htmlFor="matomo-token">{t('sync.tokenLabel')}</label>
        <input
          id="matomo-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={problem}
          aria-describedby={problem ? 'matomo-token-error' : undefined}
        />
        <button type="submit" className="button button-primary" disabled={token.trim() === ''}>
          {tokenSet ? t('sync.tokenReplace') : t('sync.tokenSave')}
        </button>
        {tokenSet ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void api().stats.clearMatomoToken().then(onSaved)}
          >
            {t('sync.tokenClear')}
          </button>
        ) : null}
        {problem ? (
          <p id="matomo-token-error" role="alert" className="form-error">
            {t('sync.tokenInvalid')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
