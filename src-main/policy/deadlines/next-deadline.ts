import type { DeadlineRule, ResidentChoice } from '../../api/contract/deadline-rules';
import type { Day } from './civil-date';
import type { NextDeadline } from './occurrence';
import { nextOccurrence } from './schedules';

export interface DeadlineQuery {
  today: Day;
  /** What the resident answered for this rule (cycle month, anniversary…); never stored. */
  choice?: ResidentChoice;
  /** The centre's income tax zone (Nord = 3). */
  taxZone: 1 | 2 | 3;
}

/**
 * The next deadline of a rule from today. Pure: the same rule and day always give the
 * same answer, so it is tested against dates written out by hand.
 */
export function nextDeadline(rule: DeadlineRule, query: DeadlineQuery): NextDeadline {
  const found = nextOccurrence(rule.schedule, {
    today: query.today,
    holidays: rule.holidays,
    choice: query.choice ?? {},
    taxZone: query.taxZone,
  });
  if (found === 'needs-choice') return { status: 'unknown', reason: 'needs-choice' };
  if (found === null) return { status: 'unknown', reason: 'not-announced' };
  if (found.closes < query.today) return { status: 'passed', occurrence: found };
  const open = found.opens !== null && found.opens <= query.today;
  return { status: open ? 'open' : 'upcoming', occurrence: found };
}

/** What a rule asks the resident before it can answer. */
export type ChoiceNeeded = 'none' | 'cycle-month' | 'anniversary' | 'start-date';

export function choiceNeededBy(rule: DeadlineRule): ChoiceNeeded {
  switch (rule.schedule.kind) {
    case 'household-quarterly':
      return 'cycle-month';
    case 'resident-anniversary':
      return 'anniversary';
    case 'after-resident-date':
      return 'start-date';
    default:
      return 'none';
  }
}
