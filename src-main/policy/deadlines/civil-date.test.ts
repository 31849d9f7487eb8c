import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isoOf, nthWeekdayOf, parseIso, weekdayOf } from './civil-date';

describe('civil dates', () => {
  it('round-trips ISO dates and refuses impossible ones', () => {
    expect(isoOf(parseIso('2028-02-29') ?? 0)).toBe('2028-02-29');
    expect(parseIso('2027-02-29')).toBeUndefined();
    expect(parseIso('2026-13-01')).toBeUndefined();
    expect(parseIso('26-01-01')).toBeUndefined();
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('gives ISO weekdays (Monday 0)', () => {
    expect(weekdayOf(parseIso('2026-11-25') ?? 0)).toBe(2); // Wednesday
    expect(weekdayOf(parseIso('1970-01-01') ?? 0)).toBe(3); // Thursday
    expect(weekdayOf(parseIso('1969-12-29') ?? 0)).toBe(0); // Monday, before the epoch
  });

  it('adds months clamped to the month end', () => {
    const add = (iso: string, count: number) => isoOf(addMonths(parseIso(iso) ?? 0, count));
    expect(add('2026-01-31', 1)).toBe('2026-02-28');
    expect(add('2028-04-30', -2)).toBe('2028-02-29');
    expect(add('2026-12-15', 1)).toBe('2027-01-15');
    expect(add('2027-01-15', -1)).toBe('2026-12-15');
  });

  it('finds the nth or last weekday of a month', () => {
    expect(isoOf(nthWeekdayOf(2026, 10, 3, 3))).toBe('2026-10-15'); // 3rd Thursday
    expect(isoOf(nthWeekdayOf(2027, 10, 3, 3))).toBe('2027-10-21');
    expect(isoOf(nthWeekdayOf(2026, 2, 4, -1))).toBe('2026-02-27'); // last Friday
    expect(isoOf(nthWeekdayOf(2028, 2, 1, -1))).toBe('2028-02-29'); // last Tuesday, leap day
  });
});
