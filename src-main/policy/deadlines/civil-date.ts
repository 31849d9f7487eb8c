/**
 * Civil dates as whole day numbers (days since 1970-01-01), with no time and no time
 * zone: a deadline is a date on the French calendar, and day arithmetic on integers is
 * both exact and fast. Conversions use UTC so no daylight-saving change can shift a day.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdOf(day: Day): YearMonthDay {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (ISO order, as French calendars print weeks). */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 30);
}

/** The same day of the month `count` months later, clamped to the month's last day. */
export function addMonths(day: Day, count: number): Day {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  const index = year * 12 + (month - 1) + count;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayOf(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}

/** Year and month `count` months after (year, month). */
export function shiftMonth(year: number, month: number, count: number): [number, number] {
  const index = year * 12 + (month - 1) + count;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** "2026-03-15". */
export function isoOf(day: Day): string {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** Parses "YYYY-MM-DD"; undefined for anything else, including 2026-02-30. */
export function parseIso(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    return undefined;
  }
  return dayOf(year, month, dayOfMonth);
}

/** The nth given weekday of a month (nth 1–4), or the last one (nth -1). */
export function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): Day {
  if (nth === -1) {
    const last = dayOf(year, month, daysInMonth(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayOf(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
}

/** Today on the borne's own calendar (its local time zone, Europe/Paris in France). */
export function localToday(now: Date = new Date()): Day {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
