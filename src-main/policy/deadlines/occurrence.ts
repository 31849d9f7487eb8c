import type { Day } from './civil-date';

/**
 * One occurrence of a rule: a window (opens → closes) or a single date (opens null).
 * `closes` is the date that matters: the last day to act, the payment, the event.
 */
export interface Occurrence {
  opens: Day | null;
  closes: Day;
  /** Advice to act earlier than the closing date (the CAF's "avant le 25"). */
  advisedBy: Day | null;
  /** The date before a holiday policy moved it, when it moved. */
  shiftedFrom: Day | null;
  /** An estimate: the official date for that year is not published yet. */
  approximate: boolean;
  /** Dates to remember before `closes` (J-45, J-15), with the number of days before. */
  reminders: { day: Day; daysBefore: number }[];
  /** Income tax: the paper declaration's closing date, and the zone used. */
  paperCloses: Day | null;
  zone: 1 | 2 | 3 | null;
  /** Local events: the opening hours of the permanence. */
  time: { from: string; to: string } | null;
}

export function occurrence(closes: Day, details: Partial<Occurrence> = {}): Occurrence {
  return {
    opens: null,
    advisedBy: null,
    shiftedFrom: null,
    approximate: false,
    reminders: [],
    paperCloses: null,
    zone: null,
    time: null,
    ...details,
    closes,
  };
}

/** open: today is inside the window; upcoming: before it; passed: a resident's date gone by. */
export type DeadlineStatus = 'open' | 'upcoming' | 'passed';

export type NextDeadline =
  | { status: DeadlineStatus; occurrence: Occurrence }
  /** No date is known yet (a campaign not announced), or the rule needs the resident's answer. */
  | { status: 'unknown'; reason: 'not-announced' | 'needs-choice' };
