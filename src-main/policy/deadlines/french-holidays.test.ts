import { describe, expect, it } from 'vitest';
import { isoOf, parseIso } from './civil-date';
import { applyHolidayPolicy, easterSunday, holidaysOf, isWorkingDay } from './french-holidays';

const day = (iso: string) => {
  const parsed = parseIso(iso);
  if (parsed === undefined) throw new Error(iso);
  return parsed;
};

describe('French public holidays', () => {
  it('finds Easter Sunday by the computus (dates from published calendars)', () => {
    const expected: [number, string][] = [
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2028, '2028-04-16'],
      [2029, '2029-04-01'],
      [2030, '2030-04-21'],
      [2038, '2038-04-25'],
    ];
    for (const [year, iso] of expected) expect(isoOf(easterSunday(year)), String(year)).toBe(iso);
  });

  it('lists the eleven holidays of 2026, 2027 and 2028, written out by hand', () => {
    const byYear: Record<number, string[]> = {
      2026: [
        '01-01',
        '04-06',
        '05-01',
        '05-08',
        '05-14',
        '05-25',
        '07-14',
        '08-15',
        '11-01',
        '11-11',
        '12-25',
      ],
      2027: [
        '01-01',
        '03-29',
        '05-01',
        '05-06',
        '05-08',
        '05-17',
        '07-14',
        '08-15',
        '11-01',
        '11-11',
        '12-25',
      ],
      2028: [
        '01-01',
        '04-17',
        '05-01',
        '05-08',
        '05-25',
        '06-05',
        '07-14',
        '08-15',
        '11-01',
        '11-11',
        '12-25',
      ],
    };
    for (const [year, days] of Object.entries(byYear)) {
      const found = [...holidaysOf(Number(year)).keys()].map(isoOf).sort();
      expect(found).toEqual(days.map((monthDay) => `${year}-${monthDay}`));
    }
    expect(holidaysOf(2027).get(day('2027-05-06'))).toBe('ascension');
    expect(holidaysOf(2028).get(day('2028-06-05'))).toBe('whit-monday');
  });

  it('knows working days: weekends and holidays are not', () => {
    expect(isWorkingDay(day('2026-11-25'))).toBe(true); // a Wednesday
    expect(isWorkingDay(day('2026-11-28'))).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-11-29'))).toBe(false); // Sunday
    expect(isWorkingDay(day('2026-11-11'))).toBe(false); // Armistice, a Wednesday
    expect(isWorkingDay(day('2028-02-29'))).toBe(true); // leap day, a Tuesday
  });

  it('moves a date only as the policy says', () => {
    const move = (iso: string, policy: Parameters<typeof applyHolidayPolicy>[1]) => {
      const moved = applyHolidayPolicy(day(iso), policy);
      return moved === null ? null : isoOf(moved);
    };
    expect(move('2026-04-05', 'none')).toBe('2026-04-05');
    // Easter Sunday, then Easter Monday: Tuesday.
    expect(move('2026-04-05', 'next-working-day')).toBe('2026-04-07');
    expect(move('2026-04-05', 'previous-working-day')).toBe('2026-04-03');
    expect(move('2026-04-05', 'saturday-before-else-after')).toBe('2026-04-07');
    expect(move('2026-09-05', 'saturday-before-else-after')).toBe('2026-09-04');
    expect(move('2026-12-25', 'skip')).toBeNull();
    expect(move('2026-12-24', 'skip')).toBe('2026-12-24');
    // Whit Monday 2028 then a working Tuesday.
    expect(move('2028-06-05', 'next-working-day')).toBe('2028-06-06');
    // Saturday 30 Dec 2028 back: Friday 29; forward: Tuesday 2 Jan 2029 (1 Jan a holiday).
    expect(move('2028-12-30', 'previous-working-day')).toBe('2028-12-29');
    expect(move('2028-12-31', 'next-working-day')).toBe('2029-01-02');
  });
});
