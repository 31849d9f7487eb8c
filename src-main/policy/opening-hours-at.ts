import { WEEK_DAYS, type CentreIdentity } from '../api/contract/config/identity';

type Hours = CentreIdentity['hours'];
type Range = Hours['weekly']['monday'][number];

/** The opening ranges of a date (local time): a dated exception replaces the weekly ones. */
export function rangesOn(hours: Hours, date: Date): readonly Range[] {
  // Local calendar date as YYYY-MM-DD (sv-SE writes dates that way).
  const iso = date.toLocaleDateString('sv-SE');
  const exception = hours.exceptions.find((each) => each.date === iso);
  // getDay() counts from Sunday; WEEK_DAYS starts on Monday.
  return exception
    ? exception.ranges
    : hours.weekly[WEEK_DAYS[(date.getDay() + 6) % 7] ?? 'monday'];
}

/** Minutes since local midnight, "HH:MM" → number. */
function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Whether the centre is open at that moment (borne's local clock). */
export function isOpenAt(hours: Hours, date: Date): boolean {
  const now = date.getHours() * 60 + date.getMinutes();
  return rangesOn(hours, date).some(
    (range) => minutesOf(range.opens) <= now && now < minutesOf(range.closes),
  );
}

/** Milliseconds until the current opening range ends, or 0 when closed. */
export function msUntilClosing(hours: Hours, date: Date): number {
  const now = date.getHours() * 60 + date.getMinutes();
  const range = rangesOn(hours, date).find(
    (each) => minutesOf(each.opens) <= now && now < minutesOf(each.closes),
  );
  if (!range) return 0;
  return (minutesOf(range.closes) - now) * 60_000 - date.getSeconds() * 1000;
}
