import { useEffect, useState } from 'react';
import { Route, Switch, useParams } from 'wouter';
import type { PrintDocumentDto } from '../../src-main/api/contract/namespaces/print';
import { api } from '../app/api';
import { DocumentPreview, goBack, MessageScreen } from './DocumentPreview';
import { usePrintWords } from './use-print-words';
import './print.css';

/**
 * The print screens (a lazy chunk): /print/page (the toolbar's "Imprimer" in the site
 * screen), /print/pdf/:id (a PDF a site gave), /print/refused/:reason.
 */
export default function PrintApp() {
  return (
    <Switch>
      <Route path="/page" component={PagePreview} />
      <Route path="/pdf/:id" component={PdfPreview} />
      <Route path="/refused/:reason" component={RefusedPage} />
    </Switch>
  );
}

function PdfPreview() {
  const { t } = usePrintWords();
  const { id } = useParams<{ id: string }>();
  return <DocumentPreview key={id} id={id} title={t('preview.titlePdf')} />;
}

/** Captures the site page as a PDF, then previews it like any document. */
function PagePreview() {
  const { t, ready } = usePrintWords();
  const [document, setDocument] = useState<PrintDocumentDto | 'none' | null>(null);
  useEffect(() => {
    let current = true;
    api()
      .print.preparePage()
      .then(
        (prepared) => current && setDocument(prepared),
        () => current && setDocument('none'),
      );
    return () => {
      current = false;
    };
  }, []);
  if (!ready || document === null) return <p role="status">{t('common:loading')}</p>;
  if (document === 'none') return <MessageScreen message={t('preview.noPage')} />;
  return <DocumentPreview id={document.id} title={t('preview.titlePage')} />;
}

const REASONS = ['not-pdf', 'empty', 'too-big', 'password', 'broken', 'no-pages'];

function RefusedPage() {
  const { t, ready } = usePrintWords();
  const { reason } = useParams<{ reason: string }>();
  if (!ready) return <p role="status">{t('common:loading')}</p>;
  return (
    <main className="page print-screen">
      <h1>{t('refused.title')}</h1>
      <p role="alert" className="print-status print-status-problem">
        {t(`refused.${REASONS.includes(reason) ? reason : 'broken'}`)}
      </p>
      <p>{t('refused.help')}</p>
      <button type="button" className="button button-primary" onClick={goBack}>
        {t('preview.back')}
      </button>
    </main>
  );
}
