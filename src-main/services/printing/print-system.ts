import type { PrintFailureCause } from '../../policy/print-failure';

/** A queue the operating system knows (CUPS destination, Windows printer). */
export interface SystemPrinter {
  /** The system name, the one to print to (not a display name). */
  name: string;
  description: string;
  isDefault: boolean;
  /** null when the system does not say (Windows). */
  fault: PrintFailureCause | null;
  /** The print system's own words about its state, for the referent. */
  stateText: string;
}

export interface SubmitOptions {
  /** null: the system's default printer. */
  printer: string | null;
  /** A job title that says nothing about the resident ("Borne - attestation"). */
  title: string;
  media: 'A4' | 'A5';
}

export interface SubmittedJob {
  /** The print system's job id ("BornePDF-12"); null where it has none (Windows). */
  jobId: string | null;
  /** The queue the job went to. */
  printer: string;
  /** false when the system gives no way to follow the job (Windows, raw ticket queue). */
  trackable: boolean;
}

export type JobProgress =
  | { state: 'queued' | 'printing' }
  | { state: 'done' }
  | { state: 'held'; cause: PrintFailureCause; detail: string };

/**
 * One interface over the platform's printing: CUPS on Linux (lp, lpstat, cancel),
 * pdf-to-printer on Windows. Every method throws a PrintSystemError.
 */
export interface PrintSystem {
  readonly kind: 'cups' | 'windows';
  listPrinters(): Promise<SystemPrinter[]>;
  submitPdf(file: string, options: SubmitOptions): Promise<SubmittedJob>;
  /** Sends bytes as they are (ESC/POS) to a queue that passes them to the device. */
  submitRaw(data: Buffer, printer: string, title: string): Promise<SubmittedJob>;
  /** Where a job stands, and whether something holds it (paper, offline, stopped queue). */
  jobProgress(job: SubmittedJob): Promise<JobProgress>;
  cancel(job: SubmittedJob): Promise<void>;
}

/** A print operation that failed, with its cause and the print system's own words. */
export class PrintSystemError extends Error {
  constructor(
    readonly failure: PrintFailureCause,
    readonly detail: string,
    readonly printer: string | null,
  ) {
    super(`${failure}: ${detail}`);
    this.name = 'PrintSystemError';
  }
}

/**
 * A printer name as a referent may type it. Names travel as single arguments (never a
 * shell), but control characters, a leading dash and over-long names are refused anyway.
 */
export function isAcceptablePrinterName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 127 &&
    !name.startsWith('-') &&
    !/[\u0000-\u001f\u007f]/.test(name)
  );
}
