import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { usePortalData } from './data/portal-data';
import { demarchePath, rememberVia } from './demarche-links';
import { tileLabel } from './home/home-themes';
import { PortalPage } from './layout/PortalPage';
import { pickText } from './localized';
import { usePortalSession } from './session/portal-session';
import { recordUsage } from './usage';

/** The démarches of one theme, as large cards: what the resident wants to do. */
export function ThemePage() {
  const { t, i18n } = useTranslation('portal');
  const { themeId } = useParams<{ themeId: string }>();
  const data = usePortalData();
  const session = usePortalSession();
  const ready = data.status === 'ready' ? data.data : null;
  const theme = ready?.theme(themeId);

  useEffect(() => {
    if (!theme) return;
    void session.ensure();
    recordUsage({ type: 'theme.open', themeId: theme.id });
    // Once per theme shown: not again when the session state changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [theme?.id]);

  if (!ready) return <p role="status">{t('common:loading')}</p>;
  if (!theme) {
    return (
      <PortalPage>
        <h1>{t('theme.notFound')}</h1>
        <Link href="/" className="button button-primary">
          {t('nav.home')}
        </Link>
      </PortalPage>
    );
  }
  const language = i18n.language;
  const label = ready.settings.themes.find((each) => each.id === theme.id)?.label;
  const demarches = ready.catalogue.demarches.filter((each) => each.themeId === theme.id);
  return (
    <PortalPage className="page-theme">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link href="/">{t('nav.home')}</Link>
      </nav>
      <h1 className="page-title">
        <span className={`theme-icon icon theme-icon-${theme.icon}`} aria-hidden="true" />
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
            <Link
              href={demarchePath(demarche.id)}
              className="card-link"
              onClick={() => rememberVia('theme')}
            >
              <span className="card-title" dir="auto">
                {pickText(demarche.title, language)}
              </span>
              <span className="card-summary" dir="auto">
                {pickText(demarche.summary, language)}
              </span>
              {demarche.siteName ? <span className="card-site">{demarche.siteName}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </PortalPage>
  );
}

export default ThemePage;
