import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { api } from '../app/api';
import { base64ToBytes, loadPdfJs } from './pdfjs';
import { usePrintWords } from './use-print-words';

/** Pages drawn in the preview; a long document shows its first pages and says how many more. */
const MAX_PREVIEW_PAGES = 12;
const PAGE_WIDTH_PX = 360;

/**
 * The document's pages, drawn by PDF.js in the borne's own UI (never the OS, never
 * Chromium's PDF viewer). Eval stays off: a hostile font cannot run code.
 */
export default function PdfPages({ id }: { id: string }) {
  const { t } = usePrintWords();
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    let opened: PDFDocumentProxy | null = null;
    Promise.all([api().print.documentData(id), loadPdfJs()])
      .then(async ([{ base64 }, pdfjs]) => {
        opened = await pdfjs.getDocument({ data: base64ToBytes(base64), isEvalSupported: false })
          .promise;
        if (current) setDocument(opened);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [id]);

  if (failed) return <p className="print-note">{t('preview.renderFailed')}</p>;
  if (!document) return <p role="status">{t('preview.loading')}</p>;
  const shown = Math.min(document.numPages, MAX_PREVIEW_PAGES);
  return (
    <div className="print-pages">
      {Array.from({ length: shown }, (_, index) => (
        <PdfPage key={index} document={document} number={index + 1} />
      ))}
      {document.numPages > shown ? (
        <p className="print-note">{t('preview.morePages', { count: document.numPages - shown })}</p>
      ) : null}
    </div>
  );
}

function PdfPage({ document, number }: { document: PDFDocumentProxy; number: number }) {
  const { t } = usePrintWords();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    void document.getPage(number).then((page) => {
      const target = canvas.current;
      const context = target?.getContext('2d');
      if (cancelled || !target || !context) return;
      const scale =
        (PAGE_WIDTH_PX / page.getViewport({ scale: 1 }).width) * window.devicePixelRatio;
      const viewport = page.getViewport({ scale });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      const rendering = page.render({ canvas: target, canvasContext: context, viewport });
      task = rendering;
      rendering.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [document, number]);
  return (
    <figure className="print-page">
      <canvas ref={canvas} role="img" aria-label={t('preview.pageLabel', { number })} />
      <figcaption>{t('preview.pageLabel', { number })}</figcaption>
    </figure>
  );
}
