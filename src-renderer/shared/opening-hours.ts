import type { CentreDto } from '../../src-main/api/contract/namespaces/centre';

export type WeeklyHours = CentreDto['hours']['weekly'];
export type DayName = keyof WeeklyHours;
export type OpeningRange = WeeklyHours[DayName][number];

/** Monday first, as French calendars and opening-hour signs show the week. */
export const DAYS: readonly DayName[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

const JS_DAY_TO_NAME: readonly DayName[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

export interface DayHours {
  ranges: OpeningRange[];
  /** Label of the dated exception in force that day ("Noël"), if any. */
  exception?: string;
}

/** The hours of a given date: a dated exception wins over the weekly pattern. */
export function hoursOn(hours: CentreDto['hours'], date: Date): DayHours {
  const iso = localIsoDate(date);
  const exception = hours.exceptions.find((each) => each.date === iso);
  if (exception) return { ranges: exception.ranges, exception: exception.label };
  return { ranges: hours.weekly[JS_DAY_TO_NAME[date.getDay()] ?? 'monday'] };
}

const NO_BREAK = '\u00a0';

/**
 * "13:30" → "13 h 30", "09:00" → "9 h" in French, with no-break spaces so a time never
 * wraps in the middle; the locale's own clock elsewhere.
 */
export function formatClock(time: string, language: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (language === 'fr' || language.startsWith('fr-')) {
    const base = `${hours}${NO_BREAK}h`;
    return minutes === 0 ? base : `${base}${NO_BREAK}${String(minutes).padStart(2, '0')}`;
  }
  return formatter(language, 'clock')
    .format(new Date(2000, 0, 1, hours, minutes))
    .replace(/\s/g, NO_BREAK);
}

export function formatRange(range: OpeningRange, language: string): string {
  return `${formatClock(range.opens, language)}${NO_BREAK}– ${formatClock(range.closes, language)}`;
}

/** The day's name in the given language ("lundi", "Monday", "الاثنين"). */
export function dayLabel(day: DayName, language: string): string {
  // 2024-01-01 was a Monday.
  const date = new Date(2024, 0, 1 + DAYS.indexOf(day));
  return formatter(language, 'weekday').format(date);
}

const FORMATS = {
  clock: { hour: 'numeric', minute: '2-digit' },
  weekday: { weekday: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to build (a few ms each on an old PC): one per language and use. */
function formatter(language: string, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, FORMATS[kind]);
    formatters.set(key, cached);
  }
  return cached;
}

function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
