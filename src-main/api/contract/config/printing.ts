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
    quotas: { pagesPerSession: 20, pagesPerDay: 300 },
  });

export type PrintingSettings = z.infer<typeof printingSchema>;
