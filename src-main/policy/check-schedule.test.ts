import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, firstCheckDelayMs, nextCheckDelayMs } from './check-schedule';

const HOUR = 3_600_000;

describe('check schedule', () => {
  it('waits the interval after a success, within ±10 %', () => {
    expect(nextCheckDelayMs({ intervalMs: 4 * HOUR, consecutiveFailures: 0, random: 0 })).toBe(
      3.6 * HOUR,
    );
    expect(nextCheckDelayMs({ intervalMs: 4 * HOUR, consecutiveFailures: 0, random: 0.5 })).toBe(
      4 * HOUR,
    );
    expect(
      nextCheckDelayMs({ intervalMs: 4 * HOUR, consecutiveFailures: 0, random: 0.9999999 }),
    ).toBeLessThanOrEqual(4.4 * HOUR);
  });

  it('backs off from 5 minutes, doubling, never beyond the interval', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 50].map((failures) =>
      nextCheckDelayMs({ intervalMs: 4 * HOUR, consecutiveFailures: failures, random: 0.5 }),
    );
    expect(delays).toEqual([
      FIRST_RETRY_MS,
      2 * FIRST_RETRY_MS,
      4 * FIRST_RETRY_MS,
      8 * FIRST_RETRY_MS,
      16 * FIRST_RETRY_MS,
      32 * FIRST_RETRY_MS,
      4 * HOUR,
      4 * HOUR,
    ]);
  });

  it('makes the first check between one and five minutes after start', () => {
    expect(firstCheckDelayMs(0)).toBe(60_000);
    expect(firstCheckDelayMs(0.999)).toBeLessThan(5 * 60_000);
  });
});
