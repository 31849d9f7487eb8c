import type { PreviewRoute } from '../../api/preview/host';
import type { PrintingService } from './printing-service';

/** Where browser tests hand the preview host a file "downloaded from a site". */
export const PREVIEW_PRINT_DOCUMENT_PATH = '/__borne/preview/print-document';

/**
 * The preview host has no site view: this route stands in for the Electron download
 * handler, and goes through the same calls (a path in the session's temp folder, then
 * completeDownload, which checks the file and tells the UI).
 */
export function previewPrintRoute(printing: PrintingService): PreviewRoute {
  return {
    path: PREVIEW_PRINT_DOCUMENT_PATH,
    async handle(body) {
      const admission = await printing.receiveBytes(body);
      return admission.ok
        ? {
            status: 200,
            body: { ok: true, id: admission.document.id, pages: admission.document.pages },
          }
        : { status: 200, body: { ok: false, refusal: admission.refusal } };
    },
  };
}
