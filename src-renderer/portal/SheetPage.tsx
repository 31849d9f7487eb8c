import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { HelpSheetPanel } from '../sheets/HelpSheetPanel';
import { usePortalData } from './data/portal-data';
import { demarchePath } from './demarche-links';
import { PortalPage } from './layout/PortalPage';

/** One help sheet on its own, from the library (no site needed). */
export function SheetPage() {
  const { t } = useTranslation('portal');
  const { demarcheId } = useParams<{ demarcheId: string }>();
  const [, navigate] = useLocation();
  const data = usePortalData();
  if (data.status !== 'ready') return <p role="status">{t('common:loading')}</p>;
  const demarche = data.data.demarche(demarcheId);
  return (
    <PortalPage className="page-sheet">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link href="/">{t('nav.home')}</Link>
        <Link href="/fiches">{t('library.title')}</Link>
      </nav>
      <h1 className="visually-hidden">{t('library.title')}</h1>
      {demarche?.sheetId ? (
        <>
          <HelpSheetPanel sheetId={demarche.sheetId} onClose={() => navigate('/fiches')} />
          <p className="sheet-page-actions">
            <Link href={demarchePath(demarche.id)} className="button button-primary button-large">
              {t('library.toDemarche')}
            </Link>
          </p>
        </>
      ) : (
        <p role="alert">{t('demarche.notFound')}</p>
      )}
    </PortalPage>
  );
}

export default SheetPage;
