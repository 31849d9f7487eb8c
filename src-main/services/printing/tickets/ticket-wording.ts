import french from '../../../../src-renderer/locales/fr/print.json';

/**
 * The words printed on tickets and test pages. They live in the "print" locale namespace
 * with the UI's strings, so translators see them; paper is printed in French, the
 * language of the offices the resident takes it to (and ESC/POS text mode cannot shape
 * Arabic).
 */
type Wording = typeof french;

export type TicketWords = Wording['ticket'];
export type TestPageWords = Wording['testPage'];

export const TICKET_WORDS: TicketWords = french.ticket;
export const TEST_PAGE_WORDS: TestPageWords = french.testPage;

/** "Imprimé le {{date}}" + {date: "…"} → "Imprimé le …". */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "mercredi 15 juillet 2026", from "2026-07-15", read as a calendar date (no time zone shift). */
export function frenchDate(isoDate: string): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(year, month - 1, day));
}

/** "25/11/2026". */
export function frenchShortDate(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}
