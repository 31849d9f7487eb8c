import type { CentreIdentity } from '../../../api/contract/config/identity';
import type { PrintingSettings } from '../../../api/contract/config/printing';
import type { PrintOutcomeDto } from '../../../api/contract/namespaces/print';
import type { Ticket } from '../../../api/contract/print-ticket';
import { chooseTicketRoute, type TicketRoute } from '../../../policy/print-decision';
import type { SessionDocuments } from '../documents/session-documents';
import { asPrintError, type PrintPipeline } from '../print-pipeline';
import type { PrintSystem } from '../print-system';
import { escposTicket } from './escpos-ticket';
import { compactWeeklyHours } from './ticket-hours';
import {
  COLUMNS_FOR_PAPER,
  layoutTestTicket,
  layoutTicket,
  type LineFormat,
  type TicketLine,
} from './ticket-layout';
import { ticketOnPage } from './ticket-pdf';
import { TEST_PAGE_WORDS, TICKET_WORDS } from './ticket-wording';
import { sendToNetworkPrinter, sendToSystemTicketPrinter } from './ticket-transports';

type TicketKind = 'ticket' | 'slip' | 'test';

export interface TicketPrintingDeps {
  system: PrintSystem;
  pipeline: PrintPipeline;
  documents: SessionDocuments;
  settings: () => PrintingSettings;
  centre: () => CentreIdentity;
  now: () => Date;
  networkTimeoutMs: number;
}

/**
 * Reminder tickets and orientation slips: ESC/POS to the thermal printer when there is
 * one (they do not count against the page quota: no page printer paper), else the same
 * lines on half an A4 sheet through the page printer (one page of quota).
 */
export class TicketPrinting {
  constructor(private readonly deps: TicketPrintingDeps) {}

  async print(ticket: Ticket): Promise<PrintOutcomeDto> {
    const route = this.route();
    const centre = this.deps.centre();
    const help = {
      name: centre.name,
      phone: centre.phone,
      hours: compactWeeklyHours(centre.hours.weekly, TICKET_WORDS),
    };
    const lines = layoutTicket(ticket, help, this.format(route), TICKET_WORDS, this.deps.now());
    return this.send(lines, ticket.kind === 'reminder' ? 'ticket' : 'slip', route);
  }

  /** The referent's test ticket, by the same route as real tickets. */
  printTest(printerLabel: string): Promise<PrintOutcomeDto> {
    const route = this.route();
    const lines = layoutTestTicket(
      TEST_PAGE_WORDS,
      printerLabel,
      this.format(route),
      this.deps.now(),
    );
    return this.send(lines, 'test', route);
  }

  private route(): TicketRoute {
    return chooseTicketRoute(this.deps.settings().ticketPrinter);
  }

  /** A half A4 page takes 48 characters in Helvetica (WinAnsi); paper rolls their own width. */
  private format(route: TicketRoute): LineFormat {
    if (route === 'page') return { columns: 48, codePage: 'WPC1252' };
    const settings = this.deps.settings();
    return {
      columns: COLUMNS_FOR_PAPER[settings.ticketPaperWidthMm],
      codePage: settings.ticketCodePage,
    };
  }

  private send(
    lines: readonly TicketLine[],
    kind: TicketKind,
    route: TicketRoute,
  ): Promise<PrintOutcomeDto> {
    return route === 'page' ? this.printOnPage(lines, kind) : this.printThermal(lines, kind);
  }

  /** Sends laid-out lines to the thermal printer (also the admin's test ticket). */
  async printThermal(lines: readonly TicketLine[], kind: TicketKind): Promise<PrintOutcomeDto> {
    const settings = this.deps.settings();
    const bytes = escposTicket(lines, {
      paperWidthMm: settings.ticketPaperWidthMm,
      codePage: settings.ticketCodePage,
      columns: COLUMNS_FOR_PAPER[settings.ticketPaperWidthMm],
    });
    const target = settings.ticketPrinter;
    if (target.kind === 'none') {
      return this.deps.pipeline.fail(
        { kind, pages: 1 },
        'no-printer',
        'no ticket printer configured',
        null,
      );
    }
    try {
      if (target.kind === 'tcp') {
        await sendToNetworkPrinter(bytes, target.host, target.port, this.deps.networkTimeoutMs);
      } else {
        await sendToSystemTicketPrinter(bytes, target.name, this.deps.system, `Borne - ${kind}`);
      }
    } catch (error) {
      const printer = target.kind === 'tcp' ? `${target.host}:${target.port}` : target.name;
      const failure = asPrintError(error, printer);
      return this.deps.pipeline.fail({ kind, pages: 1 }, failure.failure, failure.detail, printer);
    }
    this.deps.pipeline.record({ kind, pages: 1 }, 'printed');
    return { status: 'accepted', pages: 1, job: 'printed' };
  }

  private async printOnPage(
    lines: readonly TicketLine[],
    kind: TicketKind,
  ): Promise<PrintOutcomeDto> {
    const admission = await this.deps.documents.admitBytes(
      await ticketOnPage(lines, TICKET_WORDS.cutHere),
      'ticket',
    );
    if (!admission.ok) throw new Error(`generated ticket page refused: ${admission.detail}`);
    const { document } = admission;
    try {
      return await this.deps.pipeline.print({
        file: document.file,
        pages: document.pages,
        kind,
        documentId: null,
      });
    } finally {
      // lp has copied the file to the spooler by now: nothing of it stays on disk.
      await this.deps.documents.remove(document.id);
    }
  }
}
