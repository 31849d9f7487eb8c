import type { CentreIdentity } from '../api/contract/config/identity';

type Hours = CentreIdentity['hours'];
type Range = Hours['weekly']['monday'][number];

const DAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** The opening ranges of a date (local time): a dated exception replaces the weekly ones. */
export function rangesOn(hours: Hours, date: Date): readonly Range[] {
  const iso = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  const exception = hours.exceptions.find((each) => each.date === iso);
  return exception ? exception.ranges : hours.weekly[DAY_NAMES[date.getDay()] ?? 'monday'];
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
