import type { ApiHandlers } from '../../api/contract';
import { ApiFailure } from '../../api/contract/errors';
import type { Services } from '../create-services';
import { NoPageError, UnknownDocumentError } from '../printing/printing-service';

/** The print namespace: the resident's preview and print, tickets, and the referent's printers. */
export function createPrintHandlers(services: Services): ApiHandlers['print'] {
  const { printing, printAdmin } = services;
  return {
    state: () => ({
      quota: printing.quota(),
      tickets: services.config.current.printing.ticketPrinter.kind === 'none' ? 'page' : 'thermal',
    }),
    document: (id) => translate(() => printing.document(id)),
    documentData: async (id) => ({ base64: await translate(() => printing.documentData(id)) }),
    preparePage: () => translate(() => printing.preparePage()),
    printDocument: (id) => translate(() => printing.printDocument(id)),
    cancel: async (id) => ({ cancelled: await printing.cancel(id) }),
    printTicket: (ticket) => printing.printTicket(ticket),
    printers: () => printAdmin.printers(),
    status: () => {
      const lastError = printAdmin.lastError();
      return {
        settings: printAdmin.settings(),
        lastError: lastError ? { ...lastError, at: lastError.at.toISOString() } : null,
        quota: printing.quota(),
      };
    },
    saveSettings: (settings) => printAdmin.save(settings),
    testPage: (target) => printAdmin.testPage(target),
  };
}

/** The service's own errors as the API's: a vanished document, no page to capture. */
async function translate<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UnknownDocumentError) {
      throw new ApiFailure('not-found', error.message, { reason: 'document-gone' });
    }
    if (error instanceof NoPageError) {
      throw new ApiFailure('unavailable', error.message, { reason: 'no-page' });
    }
    throw error;
  }
}
