import { readFile, writeFile } from 'node:fs/promises';
import type { CentreIdentity } from '../../api/contract/config/identity';
import type { PrintDocumentDto, PrintOutcomeDto } from '../../api/contract/namespaces/print';
import type { Ticket } from '../../api/contract/print-ticket';
import { quotaState, type QuotaState } from '../../policy/print-quota';
import type { Admission, SessionDocument, SessionDocuments } from './documents/session-documents';
import type { TrackingOptions } from './jobs/job-tracker';
import type { PdfRefusal } from './pdf/pdf-inspection';
import { PrintPipeline, type PipelineDeps } from './print-pipeline';
import { TicketPrinting } from './tickets/ticket-printing';

/** What the shell gives to print "the page on screen": an A4 PDF of it, or null if none. */
export interface PageSource {
  capturePdf(): Promise<Uint8Array | null>;
}

export interface PrintingDeps extends Omit<PipelineDeps, 'tracking'> {
  documents: SessionDocuments;
  centre: () => CentreIdentity;
  now?: () => Date;
  tracking?: TrackingOptions;
  networkTimeoutMs?: number;
}

/** Not found, or not there any more (session ended, cancelled). */
export class UnknownDocumentError extends Error {}
/** "Print the page" while no site page is shown (or in the preview host, which has none). */
export class NoPageError extends Error {}

/**
 * The borne's printing: the resident's PDFs (a site's downloads, the page on screen) from
 * the session's temp folder to the page printer, tickets, and the referent's printers.
 * The admin side (printer list, test pages, settings) is in print-admin.ts.
 */
export class PrintingService {
  readonly pipeline: PrintPipeline;
  readonly tickets: TicketPrinting;
  private pageSource: PageSource | null = null;

  constructor(readonly deps: PrintingDeps) {
    this.pipeline = new PrintPipeline({
      ...deps,
      tracking: deps.tracking ?? { pollMs: 1000, stuckAfterMs: 120_000 },
    });
    this.tickets = new TicketPrinting({
      system: deps.system,
      pipeline: this.pipeline,
      documents: deps.documents,
      settings: deps.settings,
      centre: deps.centre,
      now: deps.now ?? (() => new Date()),
      networkTimeoutMs: deps.networkTimeoutMs ?? 4000,
    });
  }

  /** Empties the temp folder (a crash's leftovers) and hooks the end of every session. */
  start(): void {
    const leftovers = this.deps.documents.wipe();
    if (leftovers > 0)
      this.deps.logger.info('deleted leftover session files', { count: leftovers });
    this.deps.sessions.onEnd((session) => {
      this.deps.documents.wipe();
      this.deps.ledger.endSession(session.id);
    });
  }

  /** The shell's page capture (Electron); absent in the preview host. */
  setPageSource(source: PageSource | null): void {
    this.pageSource = source;
  }

  /** The largest PDF accepted from a site, in bytes. */
  maxDownloadBytes(): number {
    return this.deps.settings().maxPdfMegabytes * 1024 * 1024;
  }

  /** A path in the session's temp folder for a download to be saved to. */
  allocateDownload(): { id: string; partFile: string } {
    this.deps.sessions.ensureStarted();
    return this.deps.documents.allocate();
  }

  /** A download finished: check it, keep or delete it, and tell the UI. */
  async completeDownload(id: string, partFile: string): Promise<Admission> {
    return this.announce(await this.deps.documents.admit(id, partFile, 'download'));
  }

  /** A download refused before it was checked (wrong type, too big, interrupted): tell the UI. */
  refuseDownload(reason: PdfRefusal): void {
    this.deps.bus.emit('printDocumentReceived', { status: 'refused', reason });
  }

  /** Bytes handed over whole (the preview host's test route): the same path as a download. */
  async receiveBytes(bytes: Uint8Array): Promise<Admission> {
    const { id, partFile } = this.allocateDownload();
    await writeFile(partFile, bytes, { mode: 0o600 });
    return this.completeDownload(id, partFile);
  }

  document(id: string): PrintDocumentDto {
    return toDto(this.find(id));
  }

  async documentData(id: string): Promise<string> {
    return (await readFile(this.find(id).file)).toString('base64');
  }

  async preparePage(): Promise<PrintDocumentDto> {
    const pdf = this.pageSource ? await this.pageSource.capturePdf() : null;
    if (!pdf) throw new NoPageError('no site page to print');
    const admission = await this.deps.documents.admitBytes(pdf, 'page');
    if (!admission.ok) throw new NoPageError(`page capture refused: ${admission.detail}`);
    return toDto(admission.document);
  }

  async printDocument(id: string): Promise<PrintOutcomeDto> {
    const document = this.find(id);
    const kind = document.source === 'page' ? 'page' : 'pdf';
    return this.pipeline.print({
      file: document.file,
      pages: document.pages,
      kind,
      documentId: id,
    });
  }

  async cancel(id: string): Promise<boolean> {
    const document = this.deps.documents.get(id);
    if (!document) return false;
    this.pipeline.record(
      { kind: document.source === 'page' ? 'page' : 'pdf', pages: document.pages },
      'cancelled',
    );
    return this.deps.documents.remove(id);
  }

  printTicket(ticket: Ticket): Promise<PrintOutcomeDto> {
    return this.tickets.print(ticket);
  }

  quota(): QuotaState {
    const usage = this.deps.ledger.usage(this.deps.sessions.current?.id ?? null);
    return quotaState(this.deps.settings().quotas, usage);
  }

  close(): void {
    this.pipeline.close();
  }

  private find(id: string): SessionDocument {
    const document = this.deps.documents.get(id);
    if (!document) throw new UnknownDocumentError(`no document ${id}`);
    return document;
  }

  private announce(admission: Admission): Admission {
    if (admission.ok) {
      const { id, pages } = admission.document;
      this.deps.bus.emit('printDocumentReceived', { status: 'ready', id, pages });
    } else {
      this.deps.logger.info('file to print refused', {
        reason: admission.refusal,
        detail: admission.detail,
      });
      this.deps.bus.emit('printDocumentReceived', { status: 'refused', reason: admission.refusal });
    }
    return admission;
  }
}

function toDto(document: SessionDocument): PrintDocumentDto {
  return {
    id: document.id,
    source: document.source,
    pages: document.pages,
    sizeBytes: document.sizeBytes,
  };
}
