import type { PrintOutcomeDto, PrintSettingsDto } from '../../api/contract/namespaces/print';
import type { ConfigStore } from '../config/config-store';
import type { PrintErrorEntry } from './print-error-log';
import { asPrintError } from './print-pipeline';
import type { SystemPrinter } from './print-system';
import type { PrintingService } from './printing-service';
import { testPagePdf } from './test-page';
import { TEST_PAGE_WORDS } from './tickets/ticket-wording';

export interface PrinterList {
  system: 'cups' | 'windows';
  failure: { cause: PrintErrorEntry['cause']; detail: string } | null;
  printers: SystemPrinter[];
}

/** The referent's side of printing: the system's printers, choices, test pages, last error. */
export class PrintAdmin {
  constructor(
    private readonly printing: PrintingService,
    private readonly config: ConfigStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every queue the system knows; when the print system does not answer, why. */
  async printers(): Promise<PrinterList> {
    const { system } = this.printing.deps;
    try {
      return { system: system.kind, failure: null, printers: await system.listPrinters() };
    } catch (error) {
      const failure = asPrintError(error, null);
      return {
        system: system.kind,
        failure: { cause: failure.failure, detail: failure.detail },
        printers: [],
      };
    }
  }

  settings(): PrintSettingsDto {
    const { pagePrinter, ticketPrinter, ticketPaperWidthMm, ticketCodePage, quotas } =
      this.config.current.printing;
    return { pagePrinter, ticketPrinter, ticketPaperWidthMm, ticketCodePage, quotas };
  }

  /** Saves the choices into the centre's config (validated, atomic, last-good kept). */
  save(settings: PrintSettingsDto): PrintSettingsDto {
    const current = this.config.current;
    this.config.save({ ...current, printing: { ...current.printing, ...settings } });
    return this.settings();
  }

  lastError(): PrintErrorEntry | null {
    return this.printing.deps.errors.last();
  }

  async testPage(target: 'page' | 'ticket'): Promise<PrintOutcomeDto> {
    const settings = this.config.current.printing;
    if (target === 'ticket') {
      const printer = settings.ticketPrinter;
      const name =
        printer.kind === 'tcp'
          ? `${printer.host}:${printer.port}`
          : printer.kind === 'system'
            ? printer.name
            : (settings.pagePrinter ?? TEST_PAGE_WORDS.defaultPrinter);
      return this.printing.tickets.printTest(name);
    }
    const { documents } = this.printing.deps;
    const pdf = await testPagePdf(
      TEST_PAGE_WORDS,
      settings.pagePrinter ?? TEST_PAGE_WORDS.defaultPrinter,
      this.now(),
    );
    const admission = await documents.admitBytes(pdf, 'test');
    if (!admission.ok) throw new Error(`test page refused: ${admission.detail}`);
    try {
      return await this.printing.pipeline.print({
        file: admission.document.file,
        pages: admission.document.pages,
        kind: 'test',
        documentId: null,
      });
    } finally {
      await documents.remove(admission.document.id);
    }
  }
}
