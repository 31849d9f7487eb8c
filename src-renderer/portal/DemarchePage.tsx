import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { Demarche } from '../../src-main/api/contract/catalogue';
import { HelpSheetPanel } from '../sheets/HelpSheetPanel';
import { useConnectivity } from './data/connectivity';
import { usePortalData } from './data/portal-data';
import { DemarcheFacts } from './demarche/DemarcheFacts';
import { sitePath, takeVia, themePath } from './demarche-links';
import { NotOffered } from './layout/NotOffered';
import { PortalPage } from './layout/PortalPage';
import { pickText } from './localized';
import { usePortalSession } from './session/portal-session';
import { useShown } from './use-shown';
import { Icon } from '../icons/Icon';

/**
 * One démarche: what it is, what to have ready, the button that opens the official site,
 * and its help sheet beside on demand.
 */
export function DemarchePage() {
  const { t } = useTranslation('portal');
  const { demarcheId } = useParams<{ demarcheId: string }>();
  const data = usePortalData();
  const ready = data.status === 'ready' ? data.data : null;
  const demarche = ready?.demarche(demarcheId);
  useShown(demarche?.id, () => ({ type: 'demarche.open', demarcheId, via: takeVia() }));

  if (!ready) return <p role="status">{t('common:loading')}</p>;
  if (!demarche) return <NotOffered message={t('demarche.notFound')} />;
  return (
    <DemarcheScreen
      key={demarche.id}
      demarche={demarche}
      themeTitle={ready.theme(demarche.themeId)?.title}
    />
  );
}

function DemarcheScreen({
  demarche,
  themeTitle,
}: {
  demarche: Demarche;
  themeTitle: Demarche['title'] | undefined;
}) {
  const { t, i18n } = useTranslation('portal');
  const language = i18n.language;
  const [sheetOpen, setSheetOpen] = useState(false);
  const [opening, setOpening] = useState(false);
  const sheetToggle = useRef<HTMLButtonElement>(null);
  const [, navigate] = useLocation();
  const session = usePortalSession();
  const { reachable } = useConnectivity();
  const up = reachable(new URL(demarche.startUrl).hostname);

  const openSite = async () => {
    setOpening(true);
    await session.ensure();
    navigate(sitePath(demarche.id));
  };

  return (
    <PortalPage className={`page-demarche ${sheetOpen ? 'with-sheet' : ''}`}>
      <div className="demarche-layout">
        <article className="demarche-main">
          <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
            <Link href="/">{t('nav.home')}</Link>
            {themeTitle ? (
              <Link href={themePath(demarche.themeId)}>{pickText(themeTitle, language)}</Link>
            ) : null}
          </nav>
          <h1 className="page-title" dir="auto">
            {pickText(demarche.title, language)}
          </h1>
          <p className="page-lead" dir="auto">
            {pickText(demarche.summary, language)}
          </p>
          {demarche.siteName ? (
            <p className="demarche-site">{t('demarche.site', { site: demarche.siteName })}</p>
          ) : null}
          <DemarcheFacts demarche={demarche} />
          {up ? null : (
            <p className="notice-box notice-unreachable" role="status">
              <Icon name="offline" />
              <span>{t('demarche.unreachable')}</span>
            </p>
          )}
          <div className="demarche-actions">
            <button
              type="button"
              className="button button-primary button-large"
              disabled={opening}
              onClick={() => void openSite()}
            >
              <Icon name="open" />
              {opening ? t('demarche.opening') : t('demarche.open')}
            </button>
            {demarche.sheetId ? (
              <button
                type="button"
                ref={sheetToggle}
                className="button button-secondary button-large"
                aria-expanded={sheetOpen}
                onClick={() => setSheetOpen((open) => !open)}
              >
                <Icon name="sheet" />
                {sheetOpen ? t('demarche.hideSheet') : t('demarche.showSheet')}
              </button>
            ) : null}
          </div>
        </article>
        {sheetOpen && demarche.sheetId ? (
          <div className="demarche-sheet">
            <HelpSheetPanel
              sheetId={demarche.sheetId}
              onClose={() => {
                setSheetOpen(false);
                sheetToggle.current?.focus();
              }}
            />
          </div>
        ) : null}
      </div>
    </PortalPage>
  );
}

export default DemarchePage;
