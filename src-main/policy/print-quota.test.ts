import { describe, expect, it } from 'vitest';
import { decideQuota, localDay, quotaState } from './print-quota';

const limits = { pagesPerSession: 20, pagesPerDay: 300 };

describe('print quota', () => {
  it('allows a job that fits both limits, up to the last page', () => {
    expect(decideQuota(limits, { sessionPages: 0, dayPages: 0 }, 1)).toEqual({ allowed: true });
    expect(decideQuota(limits, { sessionPages: 17, dayPages: 0 }, 3)).toEqual({ allowed: true });
  });

  it('refuses a 500-page document on the session limit, saying how many pages remain', () => {
    expect(decideQuota(limits, { sessionPages: 4, dayPages: 10 }, 500)).toEqual({
      allowed: false,
      limit: 'session',
      remaining: 16,
      requested: 500,
    });
  });

  it('refuses on the day limit once the borne printed its pages for today', () => {
    expect(decideQuota(limits, { sessionPages: 0, dayPages: 295 }, 6)).toEqual({
      allowed: false,
      limit: 'day',
      remaining: 5,
      requested: 6,
    });
  });

  it('never reports a negative remainder after a limit was lowered', () => {
    const state = quotaState(
      { pagesPerSession: 5, pagesPerDay: 10 },
      { sessionPages: 8, dayPages: 12 },
    );
    expect(state.session).toEqual({ used: 8, limit: 5, remaining: 0 });
    expect(state.day).toEqual({ used: 12, limit: 10, remaining: 0 });
  });

  it('counts days in local time', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
