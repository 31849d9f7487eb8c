import type { PrintFailureCause, ResidentPrintMessage } from './print-failure';
import { residentMessageFor } from './print-failure';
import { decideQuota, type QuotaDecision, type QuotaLimits, type QuotaUsage } from './print-quota';

/** What is printed: a site's PDF, the page on screen, a ticket or slip, an admin test. */
export type PrintKind = 'pdf' | 'page' | 'ticket' | 'slip' | 'test';

export interface PagePrintContext {
  limits: QuotaLimits;
  usage: QuotaUsage;
  /** The configured page printer's system name; null = the system default. */
  pagePrinter: string | null;
}

export type PagePrintDecision =
  | {
      action: 'print';
      /** null: let the print system use its default queue. */
      printer: string | null;
      /** Pages to add to the session and day counters once the job is accepted. */
      chargedPages: number;
    }
  | { action: 'refuse'; reason: 'quota'; quota: Extract<QuotaDecision, { allowed: false }> }
  | { action: 'refuse'; reason: 'empty' };

/**
 * Whether a document of `pages` pages goes to the page printer now, and to which. Admin
 * test pages are not the residents' paper: they neither count nor get refused by quota.
 */
export function decidePagePrint(
  kind: PrintKind,
  pages: number,
  context: PagePrintContext,
): PagePrintDecision {
  if (pages < 1) return { action: 'refuse', reason: 'empty' };
  if (kind === 'test') return { action: 'print', printer: context.pagePrinter, chargedPages: 0 };
  const quota = decideQuota(context.limits, context.usage, pages);
  if (!quota.allowed) return { action: 'refuse', reason: 'quota', quota };
  return { action: 'print', printer: context.pagePrinter, chargedPages: pages };
}

export type TicketRoute = 'thermal-network' | 'thermal-system' | 'page';

/** Where a ticket goes: the thermal printer if there is one, else a small page on the page printer. */
export function chooseTicketRoute(ticketPrinter: { kind: 'none' | 'tcp' | 'system' }): TicketRoute {
  if (ticketPrinter.kind === 'tcp') return 'thermal-network';
  if (ticketPrinter.kind === 'system') return 'thermal-system';
  return 'page';
}

export interface FailureHandling {
  /** What the resident reads; the referent gets the cause as "the last error". */
  resident: ResidentPrintMessage;
  /**
   * Pages charged for the job go back to the counters when the print system never took
   * it; once a job is queued it may still print when the referent mends the printer.
   */
  refundPages: boolean;
}

/** What to do when a print fails before (submit) or after (tracking) the job was accepted. */
export function handleFailure(
  cause: PrintFailureCause,
  phase: 'submit' | 'tracking',
): FailureHandling {
  return { resident: residentMessageFor(cause), refundPages: phase === 'submit' };
}
