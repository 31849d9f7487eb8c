import type { PrintFailureCause } from '../../../policy/print-failure';
import { PrintSystemError, type PrintSystem, type SubmittedJob } from '../print-system';

export interface TrackingOptions {
  /** Time between two looks at the job. */
  pollMs: number;
  /** A job still waiting after this long is reported stuck (the queue never moves). */
  stuckAfterMs: number;
}

export type TrackedOutcome =
  { state: 'done' } | { state: 'failed'; cause: PrintFailureCause; detail: string };

/**
 * Follows one accepted job until CUPS finishes it, something holds it (paper, offline,
 * stopped queue, CUPS gone) or it is stuck; reports once, then stops. Runs on timers, so
 * the resident's "Imprimer" has already returned. Returns a function that stops it.
 */
export function trackJob(
  system: PrintSystem,
  job: SubmittedJob,
  options: TrackingOptions,
  report: (outcome: TrackedOutcome) => void,
  now: () => number = Date.now,
): () => void {
  const startedAt = now();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const finish = (outcome: TrackedOutcome) => {
    if (stopped) return;
    stopped = true;
    report(outcome);
  };

  const look = async () => {
    try {
      const progress = await system.jobProgress(job);
      if (progress.state === 'done') return finish({ state: 'done' });
      if (progress.state === 'held') {
        return finish({ state: 'failed', cause: progress.cause, detail: progress.detail });
      }
      if (now() - startedAt >= options.stuckAfterMs) {
        return finish({
          state: 'failed',
          cause: 'job-stuck',
          detail: `${job.jobId ?? 'job'} still ${progress.state} after ${Math.round((now() - startedAt) / 1000)} s`,
        });
      }
    } catch (error) {
      const failure =
        error instanceof PrintSystemError
          ? error
          : new PrintSystemError('unknown', String(error), job.printer);
      return finish({ state: 'failed', cause: failure.failure, detail: failure.detail });
    }
    if (!stopped) timer = setTimeout(() => void look(), options.pollMs);
  };

  timer = setTimeout(() => void look(), options.pollMs);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
