import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useConnectivity } from '../data/connectivity';
import { usePortalData } from '../data/portal-data';
import { Icon } from '../../icons/Icon';

/**
 * Says plainly when the internet or some official sites do not answer, and what still
 * works: the help sheets are on the borne itself.
 */
export function OfflineBanner() {
  const { t } = useTranslation('portal');
  const { status, retry } = useConnectivity();
  const data = usePortalData();
  if (!status || (status.state !== 'offline' && status.state !== 'partial')) return null;
  const sites =
    status.state === 'partial' && data.status === 'ready'
      ? siteNames(status.unreachableHosts, data.data.catalogue.demarches)
      : [];
  return (
    <section className={`offline-banner offline-${status.state}`} role="status">
      <Icon name="offline" />
      <p className="offline-text">
        {status.state === 'offline'
          ? t('offline.offline')
          : t('offline.partial', { sites: sites.join(', ') })}
      </p>
      <div className="offline-actions">
        <Link href="/fiches" className="button button-secondary">
          {t('offline.sheets')}
        </Link>
        <button
          type="button"
          className="button button-secondary"
          disabled={status.checking}
          onClick={retry}
        >
          {status.checking ? t('offline.checking') : t('offline.retry')}
        </button>
      </div>
    </section>
  );
}

/** "CAF, Ameli": the names residents know, rather than host names. */
function siteNames(
  hosts: readonly string[],
  demarches: readonly { startUrl: string; siteName?: string | undefined }[],
): string[] {
  const names = new Set<string>();
  for (const host of hosts) {
    const demarche = demarches.find((each) => new URL(each.startUrl).hostname === host);
    names.add(demarche?.siteName ?? host);
  }
  return [...names];
}
