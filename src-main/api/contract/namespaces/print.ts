import { z } from 'zod';
import { ticketPrinterSchema } from '../config/printing';
import { plainText } from '../config/primitives';
import { adminMethod, publicMethod } from '../define';
import { PRINT_FAILURE_CAUSES } from '../../../policy/print-failure';
import { ticketSchema } from '../print-ticket';

export const printFailureCause = z.enum(PRINT_FAILURE_CAUSES);
/** The only two things a resident is told when printing fails. */
export const residentPrintMessage = z.enum(['printer-unavailable', 'out-of-paper']);

const documentId = z.uuid();

export const printDocumentDto = z.object({
  id: z.string(),
  source: z.enum(['download', 'page', 'ticket', 'test']),
  pages: z.int().min(1),
  sizeBytes: z.int().min(0),
});
export type PrintDocumentDto = z.infer<typeof printDocumentDto>;

/** What "Imprimer" answers, at once: the job is with the print system, refused, or failed. */
export const printOutcomeDto = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('accepted'),
    pages: z.int().min(0),
    /** printing: CUPS follows it, a printJobChanged event will say how it ended. */
    job: z.enum(['printing', 'printed']),
  }),
  z.object({
    status: z.literal('refused'),
    reason: z.literal('quota'),
    limit: z.enum(['session', 'day']),
    remaining: z.int().min(0),
    requested: z.int().min(0),
  }),
  z.object({
    status: z.literal('failed'),
    cause: printFailureCause,
    resident: residentPrintMessage,
  }),
]);
export type PrintOutcomeDto = z.infer<typeof printOutcomeDto>;

const counter = z.object({
  used: z.int().min(0),
  limit: z.int().min(0),
  remaining: z.int().min(0),
});
export const quotaStateDto = z.object({ session: counter, day: counter });

export const systemPrinterDto = z.object({
  name: z.string(),
  description: z.string(),
  isDefault: z.boolean(),
  fault: printFailureCause.nullable(),
  stateText: z.string(),
});

export const printErrorDto = z.object({
  at: z.string(),
  printer: z.string().nullable(),
  kind: z.string(),
  cause: printFailureCause,
  detail: z.string(),
});

export type PrintErrorDto = z.infer<typeof printErrorDto>;

export const printersDto = z.object({
  system: z.enum(['cups', 'windows']),
  /** null when the print system answered; else why the list is empty. */
  failure: z.object({ cause: printFailureCause, detail: z.string() }).nullable(),
  printers: z.array(systemPrinterDto),
});

export type PrintersDto = z.infer<typeof printersDto>;
export type SystemPrinterDto = z.infer<typeof systemPrinterDto>;

export const printSettingsDto = z.strictObject({
  pagePrinter: plainText(1, 120).nullable(),
  ticketPrinter: ticketPrinterSchema,
  ticketPaperWidthMm: z.union([z.literal(58), z.literal(80)]),
  ticketCodePage: z.enum(['PC858_EURO', 'WPC1252']),
  quotas: z.strictObject({
    pagesPerSession: z.int().min(1).max(500),
    pagesPerDay: z.int().min(1).max(10000),
  }),
});
export type PrintSettingsDto = z.infer<typeof printSettingsDto>;

export const printStatusDto = z.object({
  settings: printSettingsDto,
  lastError: printErrorDto.nullable(),
  quota: quotaStateDto,
});

export const printContract = {
  /** The resident's pages left, and whether tickets come out of a ticket printer or a page. */
  state: publicMethod(
    z.tuple([]),
    z.object({ quota: quotaStateDto, tickets: z.enum(['thermal', 'page']) }),
  ),
  /** A PDF waiting in the session's temp folder (a site's download, or the page captured). */
  document: publicMethod(z.tuple([documentId]), printDocumentDto),
  /** Its bytes, base64, for the borne's own preview. */
  documentData: publicMethod(z.tuple([documentId]), z.object({ base64: z.string() })),
  /** Captures the page shown in the site view as an A4 PDF for the preview. */
  preparePage: publicMethod(z.tuple([]), printDocumentDto),
  printDocument: publicMethod(z.tuple([documentId]), printOutcomeDto),
  /** "Annuler": the document is deleted at once. */
  cancel: publicMethod(z.tuple([documentId]), z.object({ cancelled: z.boolean() })),
  printTicket: publicMethod(z.tuple([ticketSchema]), printOutcomeDto),

  printers: adminMethod(z.tuple([]), printersDto),
  status: adminMethod(z.tuple([]), printStatusDto),
  saveSettings: adminMethod(z.tuple([printSettingsDto]), printSettingsDto),
  testPage: adminMethod(z.tuple([z.enum(['page', 'ticket'])]), printOutcomeDto),
};
