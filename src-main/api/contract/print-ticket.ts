import { z } from 'zod';
import { httpsUrl, isoDate, plainText, slug } from './config/primitives';

/**
 * What a printed ticket says. The UI (and later the deadline calendar and the directory
 * of local structures) fills these; the printing service adds where to get help (the
 * centre's name, phone and hours from the config) and lays them out for 58 mm or 80 mm
 * paper, or a half A4 page where there is no ticket printer. Never anything about the
 * resident: démarche, dates and addresses only.
 */
export const reminderTicketSchema = z.strictObject({
  kind: z.literal('reminder'),
  demarche: z.strictObject({ id: slug, title: plainText(2, 120) }),
  /** The next deadline of this démarche, if it has one. */
  nextDeadline: z.strictObject({ date: isoDate, label: plainText(2, 160) }).nullable(),
  /** Papers to bring ("Avis d'imposition 2025"). */
  toBring: z.array(plainText(2, 120)).max(10).default([]),
  /** The official page, printed as a QR code. */
  officialUrl: httpsUrl.refine((url) => url.length <= 400).nullable(),
});

/** An orientation slip: a local help structure from the directory. */
export const orientationSlipSchema = z.strictObject({
  kind: z.literal('orientation'),
  structure: z.strictObject({
    id: slug,
    name: plainText(2, 120),
    address: plainText(2, 200).nullable(),
    phone: plainText(6, 30).nullable(),
    /** As the directory words it ("lun.–ven. 9 h–12 h"). */
    hours: plainText(2, 200).nullable(),
    website: httpsUrl.refine((url) => url.length <= 400).nullable(),
  }),
  /** What they can help with ("Dossiers CAF, logement"). */
  forWhat: plainText(2, 200).nullable(),
});

export const ticketSchema = z.discriminatedUnion('kind', [
  reminderTicketSchema,
  orientationSlipSchema,
]);

export type ReminderTicket = z.output<typeof reminderTicketSchema>;
export type OrientationSlip = z.output<typeof orientationSlipSchema>;
export type Ticket = z.output<typeof ticketSchema>;
export type TicketInput = z.input<typeof ticketSchema>;
