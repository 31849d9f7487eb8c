import type { ResidentChoice, Schedule } from '../../api/contract/deadline-rules';
import { WEEKDAYS } from '../../api/contract/deadline-rules';
import {
  addMonths,
  dayOf,
  daysInMonth,
  nthWeekdayOf,
  shiftMonth,
  weekdayOf,
  ymdOf,
  type Day,
} from './civil-date';
import { applyHolidayPolicy, type HolidayPolicy } from './french-holidays';
import { occurrence, type Occurrence } from './occurrence';
import { isoDay, resolveYearlyDate } from './yearly-dates';

export interface ScheduleContext {
  today: Day;
  holidays: HolidayPolicy;
  choice: ResidentChoice;
  /** Income tax zone of the centre (from its postcode). */
  taxZone: 1 | 2 | 3;
}

/**
 * The first occurrence whose closing date is today or later, or null when none is known
 * (a campaign not announced) or the rule needs an answer the resident did not give
 * (`needs-choice`). A resident's own date that has passed comes back as is: the caller
 * reports it as passed.
 */
export function nextOccurrence(
  schedule: Schedule,
  context: ScheduleContext,
): Occurrence | null | 'needs-choice' {
  switch (schedule.kind) {
    case 'monthly-window':
      return firstOf(context, [-1, 0, 1], (offset) => {
        const { year, month } = ymdOf(context.today);
        const [y, m] = shiftMonth(year, month, offset);
        const opensDay = schedule.opensDayByMonth[String(m) as '1'] ?? schedule.opensDay;
        const [ny, nm] = shiftMonth(y, m, 1);
        return occurrence(dayOf(ny, nm, schedule.closesDayNextMonth), {
          opens: dayOf(y, m, opensDay),
        });
      });
    case 'monthly-day':
      return firstOf(context, range(0, 13), (offset) => {
        const { year, month } = ymdOf(context.today);
        const [y, m] = shiftMonth(year, month, offset);
        if (schedule.months.length > 0 && !schedule.months.includes(m)) return null;
        return occurrence(dayOf(y, m, schedule.day));
      });
    case 'household-quarterly': {
      const cycleMonth = context.choice.cycleMonth;
      if (cycleMonth === undefined) return 'needs-choice';
      return firstOf(context, range(0, 4), (offset) => {
        const { year, month } = ymdOf(context.today);
        const [y, m] = shiftMonth(year, month, offset);
        if ((m - cycleMonth) % 3 !== 0) return null;
        return occurrence(dayOf(y, m, daysInMonth(y, m)), {
          opens: dayOf(y, m, schedule.opensDay),
          advisedBy: dayOf(y, m, schedule.advisedByDay),
        });
      });
    }
    case 'yearly-window':
      return firstOf(context, [-1, 0, 1], (offset) => {
        const year = ymdOf(context.today).year + offset;
        const published = schedule.years[String(year)];
        if (published) {
          // A published year without its opening date keeps the usual one ("à la rentrée").
          const opens = published.opens === undefined ? undefined : isoDay(published.opens);
          return occurrence(isoDay(published.closes), {
            opens: opens ?? (schedule.opens ? resolveYearlyDate(schedule.opens, year) : null),
          });
        }
        const estimated = Object.keys(schedule.years).length > 0;
        const closesYear = schedule.closesNextYear ? year + 1 : year;
        return occurrence(resolveYearlyDate(schedule.closes, closesYear), {
          opens: schedule.opens ? resolveYearlyDate(schedule.opens, year) : null,
          approximate:
            estimated || schedule.closes.approximate || (schedule.opens?.approximate ?? false),
        });
      });
    case 'income-tax':
      return firstOf(context, [0, 1], (offset) => {
        const year = ymdOf(context.today).year + offset;
        const zone = context.taxZone;
        const published = schedule.years[String(year)];
        if (published) {
          return occurrence(isoDay(published.zoneCloses[zone]), {
            opens: isoDay(published.opens),
            paperCloses: isoDay(published.paperCloses),
            zone,
          });
        }
        return occurrence(resolveYearlyDate(schedule.zoneCloses[zone], year), {
          opens: resolveYearlyDate(schedule.opens, year),
          paperCloses: resolveYearlyDate(schedule.paperCloses, year),
          zone,
          approximate: true,
        });
      });
    case 'campaigns':
      return firstOf(
        context,
        [...schedule.windows].sort((a, b) => a.closes.localeCompare(b.closes)),
        (window) => occurrence(isoDay(window.closes), { opens: isoDay(window.opens) }),
      );
    case 'resident-anniversary':
      return anniversaryOccurrence(schedule, context);
    case 'after-resident-date': {
      const { startDate, durationDays } = context.choice;
      if (startDate === undefined || durationDays === undefined) return 'needs-choice';
      if (!schedule.durationsDays.includes(durationDays)) return 'needs-choice';
      return adjust(
        occurrence(isoDay(startDate) + durationDays, { opens: isoDay(startDate) }),
        context,
      );
    }
    case 'weekly': {
      const weekdays = new Set(schedule.weekdays.map((name) => WEEKDAYS.indexOf(name)));
      const time = schedule.time ?? null;
      return firstOf(context, range(0, 70), (offset) =>
        weekdays.has(weekdayOf(context.today + offset))
          ? occurrence(context.today + offset, { time })
          : null,
      );
    }
    case 'monthly-weekday':
      return firstOf(context, range(0, 14), (offset) => {
        const { year, month } = ymdOf(context.today);
        const [y, m] = shiftMonth(year, month, offset);
        const day = nthWeekdayOf(y, m, WEEKDAYS.indexOf(schedule.weekday), schedule.nth);
        return occurrence(day, { time: schedule.time ?? null });
      });
    case 'dates':
      return firstOf(context, [...schedule.dates].sort(), (date) =>
        occurrence(isoDay(date), { time: schedule.time ?? null }),
      );
  }
}

function anniversaryOccurrence(
  schedule: Extract<Schedule, { kind: 'resident-anniversary' }>,
  context: ScheduleContext,
): Occurrence | null | 'needs-choice' {
  const anniversary = context.choice.anniversary;
  if (anniversary === undefined || anniversary.day > daysInMonth(2028, anniversary.month)) {
    return 'needs-choice';
  }
  return firstOf(context, [0, 1], (offset) => {
    const year = ymdOf(context.today).year + offset;
    // A 29 February anniversary falls on the 28th in a common year: never too late.
    const closes = dayOf(
      year,
      anniversary.month,
      Math.min(anniversary.day, daysInMonth(year, anniversary.month)),
    );
    return occurrence(closes, {
      opens: schedule.opensMonthsBefore > 0 ? addMonths(closes, -schedule.opensMonthsBefore) : null,
      reminders: schedule.remindersDaysBefore.map((daysBefore) => ({
        day: closes - daysBefore,
        daysBefore,
      })),
    });
  });
}

/** The first candidate whose (policy-adjusted) closing date is today or later. */
function firstOf<T>(
  context: ScheduleContext,
  candidates: readonly T[],
  build: (candidate: T) => Occurrence | null,
): Occurrence | null {
  for (const candidate of candidates) {
    const built = build(candidate);
    if (built === null) continue;
    const adjusted = adjust(built, context);
    if (adjusted !== null && adjusted.closes >= context.today) return adjusted;
  }
  return null;
}

function adjust(found: Occurrence, context: ScheduleContext): Occurrence | null {
  const moved = applyHolidayPolicy(found.closes, context.holidays);
  if (moved === null) return null;
  if (moved === found.closes) return found;
  return { ...found, closes: moved, shiftedFrom: found.closes };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
