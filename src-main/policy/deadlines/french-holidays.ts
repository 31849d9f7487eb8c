import { dayOf, weekdayOf, ymdOf, type Day } from './civil-date';

/**
 * The eleven public holidays of metropolitan France (Code du travail, art. L3133-1),
 * without the two extra days of Alsace-Moselle: the borne serves the Nord. Whit Monday
 * stays a public holiday even where it is worked as the "journée de solidarité".
 */
export type HolidayName =
  | 'new-year'
  | 'easter-monday'
  | 'labour-day'
  | 'victory-1945'
  | 'ascension'
  | 'whit-monday'
  | 'national-day'
  | 'assumption'
  | 'all-saints'
  | 'armistice-1918'
  | 'christmas';

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

const cache = new Map<number, ReadonlyMap<Day, HolidayName>>();

/** The public holidays of a year, by day. Computed once per year. */
export function holidaysOf(year: number): ReadonlyMap<Day, HolidayName> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const holidays = new Map<Day, HolidayName>([
    [dayOf(year, 1, 1), 'new-year'],
    [easter + 1, 'easter-monday'],
    [dayOf(year, 5, 1), 'labour-day'],
    [dayOf(year, 5, 8), 'victory-1945'],
    [easter + 39, 'ascension'],
    [easter + 50, 'whit-monday'],
    [dayOf(year, 7, 14), 'national-day'],
    [dayOf(year, 8, 15), 'assumption'],
    [dayOf(year, 11, 1), 'all-saints'],
    [dayOf(year, 11, 11), 'armistice-1918'],
    [dayOf(year, 12, 25), 'christmas'],
  ]);
  cache.set(year, holidays);
  return holidays;
}

export function holidayOn(day: Day): HolidayName | undefined {
  return holidaysOf(ymdOf(day).year).get(day);
}

/** A "jour ouvré": Monday to Friday, not a public holiday. */
export function isWorkingDay(day: Day): boolean {
  return weekdayOf(day) < 5 && holidayOn(day) === undefined;
}

/**
 * What a rule does when its date is not a working day. Only a rule whose official text
 * says so moves (see docs/pense-bete.md):
 * - none: the date stands (online services stay open at weekends and on holidays);
 * - next-working-day / previous-working-day: moves forward / back to a working day;
 * - saturday-before-else-after: a Saturday goes back to the working day before, any other
 *   day forward to the next working day (CAF payments, Cnaf: "si le 5 tombe un samedi, le
 *   paiement aura lieu le vendredi précédent ; s'il tombe un dimanche, le lundi suivant",
 *   and Tuesday 7 April 2026 after Easter Monday);
 * - skip: the occurrence does not happen (the centre's own permanences on a holiday).
 */
export type HolidayPolicy =
  'none' | 'next-working-day' | 'previous-working-day' | 'saturday-before-else-after' | 'skip';

/** The date a policy gives; null when the occurrence is skipped. */
export function applyHolidayPolicy(day: Day, policy: HolidayPolicy): Day | null {
  if (policy === 'none' || isWorkingDay(day)) return day;
  switch (policy) {
    case 'skip':
      return null;
    case 'next-working-day':
      return step(day, 1);
    case 'previous-working-day':
      return step(day, -1);
    case 'saturday-before-else-after':
      return weekdayOf(day) === 5 ? step(day, -1) : step(day, 1);
  }
}

function step(day: Day, direction: 1 | -1): Day {
  let candidate = day + direction;
  while (!isWorkingDay(candidate)) candidate += direction;
  return candidate;
}
