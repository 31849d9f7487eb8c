import { classifyPrintMessage } from '../../../policy/print-failure';
import {
  PrintSystemError,
  type PrintSystem,
  type SubmitOptions,
  type SubmittedJob,
  type SystemPrinter,
} from '../print-system';

/** The part of pdf-to-printer the borne uses (injected, so tests need no Windows). */
export interface PdfToPrinter {
  print(
    pdf: string,
    options?: {
      printer?: string;
      paperSize?: string;
      scale?: 'fit' | 'shrink' | 'noscale';
      silent?: boolean;
    },
  ): Promise<void>;
  getPrinters(): Promise<{ deviceId: string; name: string; paperSizes: string[] }[]>;
  getDefaultPrinter(): Promise<{ deviceId: string; name: string; paperSizes: string[] } | null>;
}

export interface WindowsOptions {
  submitTimeoutMs?: number;
  queryTimeoutMs?: number;
}

/**
 * Windows printing through pdf-to-printer (SumatraPDF in silent mode; printers listed by
 * PowerShell). Windows gives no job id back, so jobs are "printed" once the spooler has
 * them; raw ESC/POS to a Windows queue is not offered (use a network ticket printer).
 */
export function createWindowsPrintSystem(
  library: PdfToPrinter,
  options: WindowsOptions = {},
): PrintSystem {
  const submitTimeoutMs = options.submitTimeoutMs ?? 60_000;
  const queryTimeoutMs = options.queryTimeoutMs ?? 15_000;

  async function printers(): Promise<SystemPrinter[]> {
    const [all, preferred] = await Promise.all([
      withTimeout(library.getPrinters(), queryTimeoutMs, null),
      withTimeout(library.getDefaultPrinter(), queryTimeoutMs, null),
    ]);
    return all.map((printer) => ({
      name: printer.name,
      description: printer.name,
      isDefault: printer.name === preferred?.name,
      fault: null,
      stateText: '',
    }));
  }

  return {
    kind: 'windows',
    listPrinters: printers,
    async submitPdf(file: string, submit: SubmitOptions): Promise<SubmittedJob> {
      if (
        submit.printer !== null &&
        !(await printers()).some((printer) => printer.name === submit.printer)
      ) {
        throw new PrintSystemError(
          'printer-unknown',
          `no Windows printer named "${submit.printer}"`,
          submit.printer,
        );
      }
      await withTimeout(
        library.print(file, {
          ...(submit.printer !== null ? { printer: submit.printer } : {}),
          paperSize: submit.media,
          scale: 'fit',
          silent: true,
        }),
        submitTimeoutMs,
        submit.printer,
      );
      return { jobId: null, printer: submit.printer ?? 'default', trackable: false };
    },
    submitRaw(_data: Buffer, printer: string): Promise<SubmittedJob> {
      return Promise.reject(
        new PrintSystemError(
          'not-supported',
          'raw tickets to a Windows queue: use a network ticket printer',
          printer,
        ),
      );
    },
    jobProgress: () => Promise.resolve({ state: 'done' }),
    cancel: () => Promise.resolve(),
  };
}

/** pdf-to-printer has no time limit of its own: the borne's UI must never wait forever. */
async function withTimeout<T>(
  work: Promise<T>,
  timeoutMs: number,
  printer: string | null,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new PrintSystemError('timeout', `no answer in ${timeoutMs / 1000} s`, printer)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (error instanceof PrintSystemError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new PrintSystemError(classifyPrintMessage(detail), detail, printer);
  } finally {
    clearTimeout(timer);
  }
}
