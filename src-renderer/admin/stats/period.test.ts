import { describe, expect, it } from 'vitest';
import { checkPeriod, presetPeriod } from './period';

describe('dashboard periods', () => {
  const today = new Date(2026, 2, 3, 15, 0); // 3 March 2026

  it('computes each preset in local days', () => {
    expect(presetPeriod('last-7-days', today)).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(presetPeriod('last-30-days', today)).toEqual({ from: '2026-02-02', to: '2026-03-03' });
    expect(presetPeriod('this-month', today)).toEqual({ from: '2026-03-01', to: '2026-03-03' });
    expect(presetPeriod('last-month', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('this-year', today)).toEqual({ from: '2026-01-01', to: '2026-03-03' });
  });

  it('refuses a custom period that is incomplete or backwards', () => {
    expect(checkPeriod('2026-01-01', '')).toBe('missing');
    expect(checkPeriod('2026-02-01', '2026-01-01')).toBe('backwards');
    expect(checkPeriod('2026-01-01', '2026-01-31')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });
});
