import { firstCheckDelayMs, nextCheckDelayMs } from '../../policy/check-schedule';

export interface PeriodicCheckOptions {
  /** Runs one check; resolves true when it succeeded (or had nothing to do). */
  run(): Promise<boolean>;
  /** Read before each wait: the config may change. */
  intervalMs(): number;
  random?: () => number;
}

/**
 * Runs a check soon after start, then again and again on the schedule of
 * policy/check-schedule.ts. The timer never keeps the process alive.
 */
export function startPeriodicCheck(options: PeriodicCheckOptions): { stop(): void } {
  const random = options.random ?? Math.random;
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const plan = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), delay);
    timer.unref();
  };
  const tick = async () => {
    const ok = await options.run().catch(() => false);
    failures = ok ? 0 : failures + 1;
    plan(
      nextCheckDelayMs({
        intervalMs: options.intervalMs(),
        consecutiveFailures: failures,
        random: random(),
      }),
    );
  };

  plan(firstCheckDelayMs(random()));
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
