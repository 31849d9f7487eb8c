import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePortalData } from '../data/portal-data';
import { DisplayControls } from '../display/DisplayControls';
import { usePortalSession } from '../session/portal-session';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { Icon } from '../../icons/Icon';
import { GlossaryButton } from '../../tools/glossary/GlossaryDialog';

/** The centre's identity (larger on the home screen), then the resident's controls. */
export function PortalHeader({ home }: { home: boolean }) {
  const { t } = useTranslation('portal');
  const data = usePortalData();
  const session = usePortalSession();
  const centre = data.status === 'ready' ? data.data.centre : null;
  const logo = data.status === 'ready' ? data.data.logo : null;
  // The centre writes its own texts (in French): dir="auto" isolates them from the page's.
  const logoImage = logo ? <img className="portal-logo" src={logo} alt="" /> : null;
  return (
    <header className={`portal-header ${home ? 'portal-header-home' : ''}`}>
      {home ? (
        <div className="portal-identity">
          {logoImage}
          <div className="portal-identity-text">
            <p className="portal-welcome">{t('home.welcome')}</p>
            <h1 className="portal-centre-name" dir="auto">
              {centre?.name}
            </h1>
          </div>
        </div>
      ) : (
        <div className="portal-identity">
          <Link href="/" className="portal-home-link">
            <Icon name="home" />
            <span className="visually-hidden">{t('nav.home')} — </span>
            {logoImage}
            <span className="portal-centre-name" dir="auto">
              {centre?.name}
            </span>
          </Link>
        </div>
      )}
      <div className="portal-controls">
        <LanguageSwitcher />
        <DisplayControls />
        <GlossaryButton />
        {session.active ? (
          <button
            type="button"
            className="button button-finish"
            onClick={() => void session.finish()}
          >
            <Icon name="finish" />
            {t('nav.finish')}
          </button>
        ) : null}
      </div>
    </header>
  );
}
