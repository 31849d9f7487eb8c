/**
 * When to look again for new content or a new version of the app. Sixty bornes must not
 * all ask the federation's server at the same minute, and a server that is down must not
 * be hammered: the interval gets ±10 % of jitter, and failures back off from 5 minutes,
 * doubling, up to the normal interval.
 */
export interface ScheduleInput {
  intervalMs: number;
  /** Failed checks in a row (0 after a success). */
  consecutiveFailures: number;
  /** A number in [0, 1), e.g. Math.random(). */
  random: number;
}

export const FIRST_RETRY_MS = 5 * 60_000;
const JITTER = 0.1;

export function nextCheckDelayMs(input: ScheduleInput): number {
  const base =
    input.consecutiveFailures === 0
      ? input.intervalMs
      : Math.min(
          input.intervalMs,
          FIRST_RETRY_MS * 2 ** Math.min(input.consecutiveFailures - 1, 20),
        );
  const jitter = 1 - JITTER + 2 * JITTER * clamp01(input.random);
  return Math.round(base * jitter);
}

/** The first check after start-up: soon, but not in the busy first seconds. */
export function firstCheckDelayMs(random: number): number {
  return Math.round(60_000 + 4 * 60_000 * clamp01(random));
}

function clamp01(value: number): number {
  return Math.min(Math.max(value, 0), 0.999999);
}
