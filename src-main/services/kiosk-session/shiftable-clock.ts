import { systemClock, type Clock } from './clock';

interface PendingTimer {
  at: number;
  run(): void;
  cancel(): void;
  arm(delayMs: number): void;
}

/**
 * The system clock, plus an offset a browser test can move forward through the preview
 * host (never in the app). Timers are real; moving the clock fires those that fall due
 * and re-arms the others for what is left. The idle countdown then runs its real state
 * machine on real timers, without a browser test waiting three minutes.
 */
export function createShiftableClock(base: Clock = systemClock) {
  let offset = 0;
  const pending = new Set<PendingTimer>();
  const clock: Clock = {
    now: () => base.now() + offset,
    schedule(delayMs, run) {
      const timer: PendingTimer = {
        at: clock.now() + delayMs,
        run,
        cancel: () => {},
        arm(delay) {
          timer.cancel = base.schedule(delay, () => {
            pending.delete(timer);
            run();
          });
        },
      };
      timer.arm(delayMs);
      pending.add(timer);
      return () => {
        timer.cancel();
        pending.delete(timer);
      };
    },
  };
  return {
    clock,
    /** Moves the clock forward: due timers run now, in order; the others wait what is left. */
    advance(ms: number) {
      offset += ms;
      const now = clock.now();
      for (const timer of [...pending].sort((a, b) => a.at - b.at)) {
        timer.cancel();
        if (timer.at <= now) {
          pending.delete(timer);
          timer.run();
        } else {
          timer.arm(timer.at - now);
        }
      }
    },
  };
}
