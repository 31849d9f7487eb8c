import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { usePortalData } from './data/portal-data';
import { DemarcheCard } from './DemarcheCard';
import { tileLabel } from './home/home-themes';
import { NotOffered } from './layout/NotOffered';
import { PortalPage } from './layout/PortalPage';
import { pickText } from './localized';
import { useShown } from './use-shown';
import { Icon } from '../icons/Icon';
import { themeIcon } from '../icons/icon-set';

/** The démarches of one theme, as large cards: what the resident wants to do. */
export function ThemePage() {
  const { t, i18n } = useTranslation('portal');
  const { themeId } = useParams<{ themeId: string }>();
  const data = usePortalData();
  const ready = data.status === 'ready' ? data.data : null;
  const theme = ready?.theme(themeId);
  useShown(theme?.id, () => ({ type: 'theme.open', themeId }));

  if (!ready) return <p role="status">{t('common:loading')}</p>;
  if (!theme) return <NotOffered message={t('theme.notFound')} />;
  const language = i18n.language;
  const label = ready.settings.themes.find((each) => each.id === theme.id)?.label;
  const demarches = ready.catalogue.demarches.filter((each) => each.themeId === theme.id);
  return (
    <PortalPage className="page-theme">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link href="/">{t('nav.home')}</Link>
      </nav>
      <h1 className="page-title">
        <Icon name={themeIcon(theme.icon)} className="theme-icon" />
        {tileLabel(
          { theme, ...(label ? { label } : {}) },
          language,
          pickText(theme.title, language),
        )}
      </h1>
      <p className="page-lead">{t('theme.count', { count: demarches.length })}</p>
      <ul className="demarche-list">
        {demarches.map((demarche) => (
          <li key={demarche.id}>
            <DemarcheCard demarche={demarche} via="theme" showSite />
          </li>
        ))}
      </ul>
    </PortalPage>
  );
}

export default ThemePage;
