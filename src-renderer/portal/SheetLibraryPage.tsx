import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePortalData } from './data/portal-data';
import { sheetPath } from './demarche-links';
import { homeThemes, tileLabel } from './home/home-themes';
import { PortalPage } from './layout/PortalPage';
import { pickText } from './localized';
import { recordUsage } from './usage';
import { Icon } from '../icons/Icon';
import { themeIcon } from '../icons/icon-set';

/** Every help sheet, by theme: on the borne itself, so it works without internet. */
export function SheetLibraryPage() {
  const { t, i18n } = useTranslation('portal');
  const data = usePortalData();
  useEffect(() => recordUsage({ type: 'tool.open', tool: 'sheets' }), []);
  if (data.status !== 'ready') return <p role="status">{t('common:loading')}</p>;
  const { catalogue, settings } = data.data;
  const language = i18n.language;
  return (
    <PortalPage className="page-library">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link href="/">{t('nav.home')}</Link>
      </nav>
      <h1 className="page-title">{t('library.title')}</h1>
      <p className="page-lead">{t('library.intro')}</p>
      {homeThemes(catalogue.themes, settings.themes).map((tile) => {
        const demarches = catalogue.demarches.filter(
          (each) => each.themeId === tile.theme.id && each.sheetId,
        );
        if (demarches.length === 0) return null;
        return (
          <section
            key={tile.theme.id}
            className="library-theme"
            aria-labelledby={`lib-${tile.theme.id}`}
          >
            <h2 id={`lib-${tile.theme.id}`}>
              <Icon name={themeIcon(tile.theme.icon)} className="theme-icon" />
              {tileLabel(tile, language, pickText(tile.theme.title, language))}
            </h2>
            <ul className="library-list">
              {demarches.map((demarche) => (
                <li key={demarche.id}>
                  <Link href={sheetPath(demarche.id)} className="chip-link" dir="auto">
                    {pickText(demarche.title, language)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </PortalPage>
  );
}

export default SheetLibraryPage;
