import { classifyPrintMessage, printerFault } from '../../../policy/print-failure';
import { CommandFailure, runCommand, type CommandRunner } from '../command-runner';
import {
  PrintSystemError,
  type JobProgress,
  type PrintSystem,
  type SubmitOptions,
  type SubmittedJob,
  type SystemPrinter,
} from '../print-system';
import {
  parseAccepting,
  parseDefault,
  parseJobIds,
  parsePrinterBlocks,
  parseRequestId,
  queueOfJob,
  type QueueState,
} from './lpstat-output';

export interface CupsOptions {
  run?: CommandRunner;
  /** Environment of the tools; CUPS_SERVER in it picks the scheduler (tests use a private one). */
  env?: NodeJS.ProcessEnv;
  /** Time allowed to `lp` (it copies the file to the spooler). */
  submitTimeoutMs?: number;
  /** Time allowed to `lpstat` and `cancel`. */
  queryTimeoutMs?: number;
}

/**
 * Linux printing through CUPS's own tools: `lp` to submit, `lpstat` to list queues and
 * follow jobs, `cancel`. Arguments go through execFile (never a shell), names after the
 * options, files after `--`; the tools speak English (LANG=C) so their words can be read.
 */
export function createCupsPrintSystem(options: CupsOptions = {}): PrintSystem {
  const run = options.run ?? runCommand;
  const env = { ...(options.env ?? process.env), LANG: 'C', LC_ALL: 'C' };
  const submitTimeoutMs = options.submitTimeoutMs ?? 20_000;
  const queryTimeoutMs = options.queryTimeoutMs ?? 5_000;

  async function tool(
    file: string,
    args: string[],
    printer: string | null,
    extra: { timeoutMs?: number; input?: Buffer } = {},
  ): Promise<string> {
    try {
      const result = await run(file, args, {
        timeoutMs: extra.timeoutMs ?? queryTimeoutMs,
        env,
        ...(extra.input ? { input: extra.input } : {}),
      });
      return result.stdout;
    } catch (error) {
      const failure = toPrintError(error, printer);
      // With the scheduler down, lp and lpstat claim the printer does not exist: ask CUPS.
      if (failure.failure === 'printer-unknown' && !(await schedulerRunning())) {
        throw new PrintSystemError(
          'print-system-down',
          `CUPS is not running (${failure.detail})`,
          printer,
        );
      }
      throw failure;
    }
  }

  async function schedulerRunning(): Promise<boolean> {
    try {
      const result = await run('lpstat', ['-r'], { timeoutMs: queryTimeoutMs, env });
      return result.stdout.includes('scheduler is running');
    } catch {
      return false;
    }
  }

  async function queues(name?: string): Promise<QueueState[]> {
    const only = name ? [name] : [];
    const [blocks, accepting] = await Promise.all([
      tool('lpstat', ['-l', '-p', ...only], name ?? null),
      tool('lpstat', ['-a', ...only], name ?? null),
    ]);
    const acceptingByName = parseAccepting(accepting);
    return parsePrinterBlocks(blocks).map((queue) => ({
      ...queue,
      accepting: acceptingByName.get(queue.name) ?? true,
    }));
  }

  return {
    kind: 'cups',

    async listPrinters(): Promise<SystemPrinter[]> {
      if (!(await schedulerRunning())) {
        throw new PrintSystemError('print-system-down', 'CUPS is not running (lpstat -r)', null);
      }
      const defaultName = parseDefault(await tool('lpstat', ['-d'], null));
      const all = await queues().catch((error: unknown) => {
        // "No destinations added" is an empty list, not a failure of CUPS.
        if (error instanceof PrintSystemError && /no destinations/i.test(error.detail)) return [];
        throw error;
      });
      return all.map((queue) => ({
        name: queue.name,
        description: queue.description || queue.name,
        isDefault: queue.name === defaultName,
        fault: printerFault(queue),
        stateText: [queue.stateLine, queue.message].filter(Boolean).join(' '),
      }));
    },

    async submitPdf(file: string, submit: SubmitOptions): Promise<SubmittedJob> {
      const destination = submit.printer ? ['-d', submit.printer] : [];
      const args = [...destination, '-t', submit.title, '-o', `media=${submit.media}`, '--', file];
      const output = await tool('lp', args, submit.printer, { timeoutMs: submitTimeoutMs });
      return accepted(output, submit.printer);
    },

    async submitRaw(data: Buffer, printer: string, title: string): Promise<SubmittedJob> {
      const args = ['-d', printer, '-t', title, '-o', 'raw'];
      const output = await tool('lp', args, printer, { timeoutMs: submitTimeoutMs, input: data });
      return accepted(output, printer);
    },

    async jobProgress(job: SubmittedJob): Promise<JobProgress> {
      if (!job.jobId) return { state: 'done' };
      const [pending, [queue]] = await Promise.all([
        tool('lpstat', ['-o', job.printer], job.printer),
        queues(job.printer),
      ]);
      if (!parseJobIds(pending).has(job.jobId)) return { state: 'done' };
      if (!queue) return { state: 'held', cause: 'printer-unknown', detail: job.printer };
      const fault = printerFault(queue);
      if (fault) {
        const detail = [queue.stateLine, queue.message, queue.reasons.join(' ')].filter(Boolean);
        return { state: 'held', cause: fault, detail: detail.join(' — ') };
      }
      return { state: queue.printingJob === job.jobId ? 'printing' : 'queued' };
    },

    async cancel(job: SubmittedJob): Promise<void> {
      if (job.jobId) await tool('cancel', [job.jobId], job.printer);
    },
  };
}

function accepted(lpOutput: string, printer: string | null): SubmittedJob {
  const jobId = parseRequestId(lpOutput);
  if (!jobId)
    throw new PrintSystemError('unknown', lpOutput.trim() || 'lp gave no job id', printer);
  return { jobId, printer: printer ?? queueOfJob(jobId), trackable: true };
}

function toPrintError(error: unknown, printer: string | null): PrintSystemError {
  if (error instanceof PrintSystemError) return error;
  if (error instanceof CommandFailure) {
    if (error.kind === 'missing') {
      return new PrintSystemError('not-supported', `${error.command} is not installed`, printer);
    }
    if (error.kind === 'timeout') {
      return new PrintSystemError('timeout', `${error.command} did not answer in time`, printer);
    }
    return new PrintSystemError(classifyPrintMessage(error.output), error.output, printer);
  }
  return new PrintSystemError('unknown', String(error), printer);
}
