import { lazy, Suspense } from 'react';
import { api } from '../app/api';
import { useApi } from '../app/use-api';
import { PrintStatus } from './PrintStatus';
import { usePrintJob } from './use-print-job';
import { usePrintWords } from './use-print-words';

// PDF.js and its worker load only here.
const PdfPages = lazy(() => import('./PdfPages'));

export function goBack(): void {
  if (window.history.length > 1) window.history.back();
  else window.location.hash = '#/';
}

/** One sentence and a way back: nothing to preview. */
export function MessageScreen({ message }: { message: string }) {
  const { t } = usePrintWords();
  return (
    <main className="page print-screen">
      <p role="alert">{message}</p>
      <button type="button" className="button button-secondary" onClick={goBack}>
        {t('preview.back')}
      </button>
    </main>
  );
}

/** The borne's own print preview: the pages, how many, "Imprimer" and "Annuler". */
export function DocumentPreview({ id, title }: { id: string; title: string }) {
  const { t, ready } = usePrintWords();
  const [document] = useApi(() => api().print.document(id), id);
  const [state] = useApi(() => api().print.state(), id);
  const [phase, print] = usePrintJob(id);

  async function cancel() {
    await api()
      .print.cancel(id)
      .catch(() => undefined);
    goBack();
  }

  if (!ready || document.status === 'loading') return <p role="status">{t('common:loading')}</p>;
  if (document.status === 'failed') return <MessageScreen message={t('preview.gone')} />;
  const busy = phase.step === 'sending' || phase.step === 'printing';
  const finished = phase.step === 'printed' || phase.step === 'refused' || phase.step === 'failed';
  return (
    <main className="page print-screen">
      <header className="print-header">
        <h1>{title}</h1>
        <p className="print-count">{t('preview.pages', { count: document.data.pages })}</p>
        {state.status === 'ready' ? (
          <p className="print-note">
            {t('preview.remaining', { count: state.data.quota.session.remaining })}
          </p>
        ) : null}
      </header>
      <div className="print-actions">
        {finished ? (
          <button type="button" className="button button-primary" onClick={() => void cancel()}>
            {t('preview.done')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void print()}
            >
              {t('preview.print')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void cancel()}
            >
              {t('preview.cancel')}
            </button>
          </>
        )}
      </div>
      <PrintStatus phase={phase} />
      <Suspense fallback={<p role="status">{t('preview.loading')}</p>}>
        <PdfPages id={id} />
      </Suspense>
    </main>
  );
}
