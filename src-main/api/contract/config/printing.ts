import { z } from 'zod';
import { formattedString, plainText } from './primitives';

const hostName = formattedString(
  /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/,
  'host',
  'a host name or IPv4 address',
);

/** Where reminder tickets go: nowhere (A5 page instead), a network ESC/POS printer, or a system queue. */
export const ticketPrinterSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('tcp'),
    host: hostName,
    port: z.int().min(1).max(65535).default(9100),
  }),
  z.strictObject({ kind: z.literal('system'), name: plainText(1, 120) }),
]);

export const printingSchema = z
  .strictObject({
    /** System name of the page printer; null = the system default. */
    pagePrinter: plainText(1, 120).nullable().default(null),
    ticketPrinter: ticketPrinterSchema.default({ kind: 'none' }),
    ticketPaperWidthMm: z.union([z.literal(58), z.literal(80)]).default(80),
    /**
     * The ticket printer's code page for accented letters: PC858 (Epson page 19, with €)
     * on most ESC/POS printers, WPC1252 (page 16) on those that lack it.
     */
    ticketCodePage: z.enum(['PC858_EURO', 'WPC1252']).default('PC858_EURO'),
    /** Largest PDF a site may hand over for printing; bigger downloads are refused. */
    maxPdfMegabytes: z.int().min(1).max(200).default(20),
    quotas: z
      .strictObject({
        pagesPerSession: z.int().min(1).max(500).default(20),
        pagesPerDay: z.int().min(1).max(10000).default(300),
      })
      .default({ pagesPerSession: 20, pagesPerDay: 300 }),
  })
  .default({
    pagePrinter: null,
    ticketPrinter: { kind: 'none' },
    ticketPaperWidthMm: 80,
    ticketCodePage: 'PC858_EURO',
    maxPdfMegabytes: 20,
    quotas: { pagesPerSession: 20, pagesPerDay: 300 },
  });

export type PrintingSettings = z.infer<typeof printingSchema>;
