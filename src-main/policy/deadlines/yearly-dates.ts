import type { YearlyDateSpec } from '../../api/contract/deadline-rules';
import { WEEKDAYS } from '../../api/contract/deadline-rules';
import { dayOf, daysInMonth, nthWeekdayOf, parseIso, type Day } from './civil-date';

/** The day a yearly spec names in a given year (29 February → 28 in a common year). */
export function resolveYearlyDate(spec: YearlyDateSpec, year: number): Day {
  if ('weekday' in spec) {
    return nthWeekdayOf(year, spec.month, WEEKDAYS.indexOf(spec.weekday), spec.nth);
  }
  return dayOf(year, spec.month, Math.min(spec.day, daysInMonth(year, spec.month)));
}

/** A date from a validated rules file; the schema guarantees the format. */
export function isoDay(text: string): Day {
  const day = parseIso(text);
  if (day === undefined) throw new Error(`not a calendar date: ${text}`);
  return day;
}

/** Income tax zones by département (impots.gouv.fr): 01–19 zone 1, 20–54 zone 2, 55–976 zone 3. */
export function taxZoneOfPostcode(postcode: string): 1 | 2 | 3 {
  const departement = postcode.startsWith('97')
    ? Number(postcode.slice(0, 3))
    : Number(postcode.slice(0, 2));
  if (!Number.isFinite(departement) || departement >= 55) return 3;
  return departement >= 20 ? 2 : 1;
}
