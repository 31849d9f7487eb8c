import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PortalPage } from './PortalPage';

/** A theme or démarche this borne does not offer (hidden, renamed, old link): say so, go home. */
export function NotOffered({ message }: { message: string }) {
  const { t } = useTranslation('portal');
  return (
    <PortalPage>
      <h1>{message}</h1>
      <Link href="/" className="button button-primary">
        {t('nav.home')}
      </Link>
    </PortalPage>
  );
}
