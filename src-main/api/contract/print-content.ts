import { z } from 'zod';
import { isoDate, localeCode } from './config/primitives';

/**
 * What the borne prints for the pense-bête and the directory, as content: the printing
 * service (ESC/POS ticket or A5 page) lays it out. Every text is already in the
 * resident's language; dates are given as ISO too, for a layout that wants them.
 */
const block = z.object({ heading: z.string(), lines: z.array(z.string()) });

export const reminderTicketContent = z.object({
  kind: z.literal('reminder-ticket'),
  language: localeCode,
  direction: z.enum(['ltr', 'rtl']),
  /** "Mon pense-bête" */
  heading: z.string(),
  /** The démarche: "M'actualiser à France Travail". */
  demarche: z.string(),
  /** The next deadline as a sentence, and its dates. */
  deadline: z.object({
    text: z.string(),
    opens: isoDate.nullable(),
    closes: isoDate.nullable(),
    approximate: z.boolean(),
  }),
  /** Advice, reminder dates, the paper deadline… one line each. */
  details: z.array(z.string()),
  /** What to bring. */
  bring: block,
  /** Where to get help: the centre. */
  help: block,
  /** The official page, for the QR code. */
  qr: z.object({ url: z.string(), caption: z.string() }),
  footer: z.string(),
});
export type ReminderTicketContent = z.infer<typeof reminderTicketContent>;

export const orientationSlipContent = z.object({
  kind: z.literal('orientation-slip'),
  language: localeCode,
  direction: z.enum(['ltr', 'rtl']),
  /** "Où trouver de l'aide" */
  heading: z.string(),
  structure: z.object({
    name: z.string(),
    /** What they do, in the referent's words (French). */
    description: z.string(),
    /** Address, hours, phone, accessibility, languages, appointment: one line each, labelled. */
    lines: z.array(z.string()),
  }),
  /** The structure's website, when it has one, for the QR code. */
  qr: z.object({ url: z.string(), caption: z.string() }).nullable(),
  footer: z.string(),
});
export type OrientationSlipContent = z.infer<typeof orientationSlipContent>;

export const printOutcomeDto = z.object({
  outcome: z.enum(['printed', 'failed']),
  /** Why it failed: "printing-not-wired", "printer-offline", "quota"… */
  reason: z.string().optional(),
});
export type PrintOutcomeDto = z.infer<typeof printOutcomeDto>;
