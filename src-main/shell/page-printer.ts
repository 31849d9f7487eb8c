import type { PrintToPDFOptions, WebContents } from 'electron';
import type { PageSource } from '../services/printing/printing-service';

/**
 * "Imprimer" on the page shown in the site view. The page is rendered to an A4 PDF by
 * Chromium (printToPDF defaults to Letter: A4 is set here), the borne's own preview shows
 * that PDF with its page count, and "Imprimer" sends that same PDF through the printing
 * service (CUPS or pdf-to-printer). Chosen over `webContents.print({silent})` because:
 * the resident sees exactly what will print; the page count is known before printing, so
 * the quota can refuse a 40-page page up front; the job is followed in CUPS like any
 * other (offline, paper, stuck); and Chromium's silent printing has had blank-page and
 * wrong-printer bugs. The OS print dialog (an escape route) is never involved.
 */
export const PAGE_PDF_OPTIONS = {
  pageSize: 'A4',
  landscape: false,
  printBackground: true,
  // 1 cm all round, in inches: inside what office printers can reach.
  margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 },
  preferCSSPageSize: false,
  displayHeaderFooter: false,
  generateDocumentOutline: false,
} as const satisfies PrintToPDFOptions;

export type SiteContents = Pick<WebContents, 'printToPDF' | 'isDestroyed' | 'isLoading'>;

/**
 * The page source the printing service uses, over the site view the kiosk shell shows
 * (injected: `getSiteContents` returns the current site webContents, or null on the
 * portal). A page that does not render within the time limit is not printed.
 */
export function createPageSource(
  getSiteContents: () => SiteContents | null,
  timeoutMs = 20_000,
): PageSource {
  return {
    async capturePdf() {
      const contents = getSiteContents();
      if (!contents || contents.isDestroyed()) return null;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      });
      try {
        const pdf = await Promise.race([contents.printToPDF(PAGE_PDF_OPTIONS), timeout]);
        return pdf ? new Uint8Array(pdf) : null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
