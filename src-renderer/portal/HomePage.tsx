import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePortalData } from './data/portal-data';
import { CentreInfo } from './home/CentreInfo';
import { homeThemes } from './home/home-themes';
import { MostUsed } from './home/MostUsed';
import { SearchBox } from './home/SearchBox';
import { ThemeTiles } from './home/ThemeTiles';
import { PortalPage } from './layout/PortalPage';
import { OFFLINE_TOOLS } from './offline-tools';
import { Icon } from '../icons/Icon';

/** The centre's own portal: search, themes, most used, who to ask, hours. */
export function HomePage() {
  const { t } = useTranslation('portal');
  const data = usePortalData();
  const tiles = useMemo(
    () =>
      data.status === 'ready'
        ? homeThemes(data.data.catalogue.themes, data.data.settings.themes)
        : [],
    [data],
  );
  if (data.status === 'loading') return <p role="status">{t('common:loading')}</p>;
  if (data.status === 'failed') return <p role="alert">{t('home.unavailable')}</p>;
  const { catalogue, centre, demarche, mostUsed } = data.data;
  return (
    <PortalPage home className="page-home">
      <div className="home-top">
        <SearchBox catalogue={catalogue} />
        <MostUsed initial={mostUsed} find={demarche} />
      </div>
      <ThemeTiles tiles={tiles} />
      <CentreInfo centre={centre} />
      <OfflineTools />
    </PortalPage>
  );
}

function OfflineTools() {
  const { t } = useTranslation('portal');
  return (
    <section className="offline-tools" aria-labelledby="offline-tools-title">
      <h2 id="offline-tools-title">{t('home.offlineToolsTitle')}</h2>
      <ul>
        {OFFLINE_TOOLS.map((tool) => (
          <li key={tool.id}>
            <Link href={tool.path} className="card-link card-link-row">
              <Icon name={tool.icon} />
              <span>
                <span className="card-title">{t(tool.labelKey)}</span>
                <span className="card-summary">{t(tool.hintKey)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
