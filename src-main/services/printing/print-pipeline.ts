import type { ApiEventMap } from '../../api/contract/events';
import type { PrintOutcomeDto } from '../../api/contract/namespaces/print';
import type { PrintingSettings } from '../../api/contract/config/printing';
import { decidePagePrint, handleFailure, type PrintKind } from '../../policy/print-decision';
import type { EventBus } from '../events/event-bus';
import type { Logger } from '../logging/logger';
import type { ResidentSessions } from '../resident-session/resident-sessions';
import type { UsageRecorder } from '../stats/usage-recorder';
import { trackJob, type TrackingOptions } from './jobs/job-tracker';
import type { PrintErrorLog } from './print-error-log';
import { PrintSystemError, isAcceptablePrinterName, type PrintSystem } from './print-system';
import type { QuotaLedger } from './quota-ledger';

export interface PipelineDeps {
  system: PrintSystem;
  ledger: QuotaLedger;
  errors: PrintErrorLog;
  usage: UsageRecorder;
  bus: EventBus<ApiEventMap>;
  sessions: ResidentSessions;
  logger: Logger;
  settings: () => PrintingSettings;
  tracking: TrackingOptions;
}

export interface PdfJob {
  file: string;
  pages: number;
  kind: PrintKind;
  /** The document the UI shows, to tie the later printJobChanged event to it. */
  documentId: string | null;
}

/**
 * One PDF to the page printer: quota (policy), submit, charge the pages, record the
 * statistic (counts only), then follow the job on timers. Returns as soon as the print
 * system accepted or refused the job; never waits for the paper.
 */
export class PrintPipeline {
  private readonly trackers = new Set<() => void>();

  constructor(private readonly deps: PipelineDeps) {}

  async print(job: PdfJob): Promise<PrintOutcomeDto> {
    const { deps } = this;
    const sessionId = deps.sessions.current?.id ?? null;
    const settings = deps.settings();
    const decision = decidePagePrint(job.kind, job.pages, {
      limits: settings.quotas,
      usage: deps.ledger.usage(sessionId),
      pagePrinter: settings.pagePrinter,
    });
    if (decision.action === 'refuse') {
      if (decision.reason === 'empty') return this.fail(job, 'job-refused', 'empty document', null);
      this.record(job, 'refused-quota', sessionId);
      const { limit, remaining, requested } = decision.quota;
      return { status: 'refused', reason: 'quota', limit, remaining, requested };
    }
    if (decision.printer !== null && !isAcceptablePrinterName(decision.printer)) {
      return this.fail(
        job,
        'printer-unknown',
        `unusable printer name`,
        decision.printer,
        sessionId,
      );
    }
    deps.ledger.charge(sessionId, decision.chargedPages);
    try {
      const submitted = await deps.system.submitPdf(job.file, {
        printer: decision.printer,
        title: `Borne - ${job.kind}`,
        media: 'A4',
      });
      this.record(job, 'printed', sessionId);
      if (!submitted.trackable) return { status: 'accepted', pages: job.pages, job: 'printed' };
      this.follow(job, submitted);
      return { status: 'accepted', pages: job.pages, job: 'printing' };
    } catch (error) {
      const failure = asPrintError(error, decision.printer);
      if (handleFailure(failure.failure, 'submit').refundPages) {
        deps.ledger.charge(sessionId, -decision.chargedPages);
      }
      return this.fail(job, failure.failure, failure.detail, failure.printer, sessionId);
    }
  }

  /** Stops following jobs (the app is closing). */
  close(): void {
    for (const stop of this.trackers) stop();
    this.trackers.clear();
  }

  private follow(job: PdfJob, submitted: Parameters<PrintSystem['jobProgress']>[0]): void {
    const stop = trackJob(this.deps.system, submitted, this.deps.tracking, (outcome) => {
      this.trackers.delete(stop);
      if (outcome.state === 'done') {
        this.deps.bus.emit('printJobChanged', {
          documentId: job.documentId,
          state: 'printed',
          resident: null,
        });
        return;
      }
      this.deps.errors.record({
        printer: submitted.printer,
        kind: job.kind,
        cause: outcome.cause,
        detail: outcome.detail,
      });
      this.deps.logger.warn('print job held', { cause: outcome.cause, printer: submitted.printer });
      this.deps.usage.record(
        { type: 'incident', code: `print-${outcome.cause}` },
        this.deps.sessions.current?.id ?? null,
      );
      this.deps.bus.emit('printJobChanged', {
        documentId: job.documentId,
        state: 'failed',
        resident: handleFailure(outcome.cause, 'tracking').resident,
      });
    });
    this.trackers.add(stop);
  }

  /** A failure before the job was accepted: remembered for the referent, counted, explained. */
  fail(
    job: Pick<PdfJob, 'kind' | 'pages'>,
    cause: PrintSystemError['failure'],
    detail: string,
    printer: string | null,
    sessionId: string | null = this.deps.sessions.current?.id ?? null,
  ): PrintOutcomeDto {
    this.deps.errors.record({ printer, kind: job.kind, cause, detail });
    this.deps.logger.warn('print failed', { cause, printer, kind: job.kind });
    this.record(job, 'failed', sessionId);
    return { status: 'failed', cause, resident: handleFailure(cause, 'submit').resident };
  }

  record(
    job: Pick<PdfJob, 'kind' | 'pages'>,
    outcome: 'printed' | 'refused-quota' | 'failed' | 'cancelled',
    sessionId: string | null = this.deps.sessions.current?.id ?? null,
  ): void {
    this.deps.usage.record(
      { type: 'print', kind: job.kind, pages: Math.min(job.pages, 10000), outcome },
      sessionId,
    );
  }
}

export function asPrintError(error: unknown, printer: string | null): PrintSystemError {
  return error instanceof PrintSystemError
    ? error
    : new PrintSystemError('unknown', String(error), printer);
}
