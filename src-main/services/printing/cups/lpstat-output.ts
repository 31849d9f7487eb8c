import type { PrinterCondition } from '../../../policy/print-failure';

/**
 * Parsers for the text of CUPS's command-line tools, run with LANG=C so the words are
 * stable. Each takes the whole output and never throws on lines it does not know.
 */
export interface QueueState extends PrinterCondition {
  name: string;
  description: string;
  /** The job CUPS says it is printing now, if any. */
  printingJob: string | null;
  /** The first line as CUPS wrote it ("printer X disabled since … -"). */
  stateLine: string;
}

/** `lpstat -l -p [name]`: one block per queue. `accepting` is filled in from `lpstat -a`. */
export function parsePrinterBlocks(text: string): QueueState[] {
  const queues: QueueState[] = [];
  let current: QueueState | null = null;
  let inHeader = false;
  for (const line of text.split('\n')) {
    const head = /^printer (\S+) (?:is idle|now printing (\S+?)\.|disabled since)/.exec(line);
    if (head?.[1]) {
      current = {
        name: head[1],
        description: '',
        enabled: !line.includes(' disabled since '),
        accepting: true,
        reasons: [],
        message: '',
        printingJob: head[2] ?? null,
        stateLine: line.trim(),
      };
      queues.push(current);
      inHeader = true;
      continue;
    }
    if (!current || !line.startsWith('\t')) continue;
    const field = /^\t([A-Za-z ]+):\s?(.*)$/.exec(line);
    if (field) {
      inHeader = false;
      if (field[1] === 'Description') current.description = field[2]?.trim() ?? '';
      if (field[1] === 'Alerts')
        current.reasons = (field[2] ?? '')
          .trim()
          .split(/[\s,]+/)
          .filter(Boolean);
    } else if (inHeader && !line.startsWith('\t\t')) {
      // The lines between the state line and the first field are the printer's message.
      current.message = [current.message, line.trim()].filter(Boolean).join(' ');
    }
  }
  return queues;
}

/** `lpstat -a`: which queues accept jobs. */
export function parseAccepting(text: string): Map<string, boolean> {
  const accepting = new Map<string, boolean>();
  for (const line of text.split('\n')) {
    const match = /^(\S+) (not )?accepting requests/.exec(line);
    if (match?.[1]) accepting.set(match[1], match[2] === undefined);
  }
  return accepting;
}

/** `lpstat -d`: the default queue, or null. */
export function parseDefault(text: string): string | null {
  return /^system default destination: (\S+)/m.exec(text)?.[1] ?? null;
}

/** `lp`: "request id is BornePDF-12 (1 file(s))". */
export function parseRequestId(text: string): string | null {
  return /request id is (\S+)/.exec(text)?.[1] ?? null;
}

/** `lpstat -o queue`: the ids of the jobs not yet completed. */
export function parseJobIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const line of text.split('\n')) {
    const id = /^(\S+-\d+)\s/.exec(line)?.[1];
    if (id) ids.add(id);
  }
  return ids;
}

/** The queue a job id belongs to ("Accueil-Laser-12" → "Accueil-Laser"). */
export function queueOfJob(jobId: string): string {
  return jobId.replace(/-\d+$/, '');
}
