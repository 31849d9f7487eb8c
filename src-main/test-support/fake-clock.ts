import type { Clock } from '../services/kiosk-session/clock';

/** A clock that only moves when told: timers run in deadline order as time advances. */
export function createFakeClock(startMs = 0) {
  let now = startMs;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    schedule(delayMs, run) {
      const id = (nextId += 1);
      timers.set(id, { at: now + delayMs, run });
      return () => timers.delete(id);
    },
  };
  return {
    clock,
    /** Moves time forward, running every timer that falls due on the way. */
    advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= target)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = target;
    },
    pending: () => timers.size,
  };
}
