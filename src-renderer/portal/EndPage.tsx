import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { usePortalData } from './data/portal-data';
import { PortalPage } from './layout/PortalPage';
import { OpeningHours } from './OpeningHours';
import { usePortalSession } from './session/portal-session';
import { Icon } from '../icons/Icon';

/** The borne goes back to the home screen by itself after this long. */
const BACK_HOME_AFTER_MS = 60_000;

/**
 * After a session: everything of the resident is wiped. Said in the centre's language,
 * and also in the one the resident was using, with the centre's hours.
 */
export function EndPage() {
  const { t, i18n } = useTranslation('portal');
  const { lastLanguage } = usePortalSession();
  const data = usePortalData();
  const [, navigate] = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const timer = setTimeout(() => navigate('/'), BACK_HOME_AFTER_MS);
    return () => clearTimeout(timer);
  }, [navigate]);
  const other =
    lastLanguage && lastLanguage !== i18n.language && i18n.hasResourceBundle(lastLanguage, 'portal')
      ? i18n.getFixedT(lastLanguage, 'portal')
      : null;
  return (
    <PortalPage className="page-end">
      <div className="end-message">
        <Icon name="wiped" className="end-icon" />
        <h1 ref={heading} tabIndex={-1}>
          {t('end.title')}
        </h1>
        <p className="page-lead">{t('end.body')}</p>
        <p className="end-thanks">{t('end.thanks')}</p>
        {other ? (
          <div
            className="end-translation"
            lang={lastLanguage ?? undefined}
            dir={i18n.dir(lastLanguage ?? '')}
          >
            <p className="end-translation-title">{other('end.title')}</p>
            <p>{other('end.body')}</p>
            <p>{other('end.thanks')}</p>
          </div>
        ) : null}
        <Link href="/" className="button button-primary button-large">
          <Icon name="home" />
          {t('end.home')}
        </Link>
      </div>
      {data.status === 'ready' ? <OpeningHours hours={data.data.centre.hours} /> : null}
    </PortalPage>
  );
}

export default EndPage;
