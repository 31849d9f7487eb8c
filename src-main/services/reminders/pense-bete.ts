import type { DeadlineRule, ResidentChoice } from '../../api/contract/deadline-rules';
import { ApiFailure } from '../../api/contract/errors';
import type { NextDeadlineDto, ReminderRuleDto } from '../../api/contract/namespaces/reminders';
import type { PrintOutcomeDto, ReminderTicketContent } from '../../api/contract/print-content';
import { isoOf, localToday, type Day } from '../../policy/deadlines/civil-date';
import { choiceNeededBy, nextDeadline } from '../../policy/deadlines/next-deadline';
import { taxZoneOfPostcode } from '../../policy/deadlines/yearly-dates';
import type { ToolsPrintPort } from '../tools-print/tools-print-port';
import type { ReminderRules } from './reminder-rules';
import { buildReminderTicket, type HelpDesk } from './reminder-ticket';

export interface PenseBeteOptions {
  rules: ReminderRules;
  /** The centre in force (config can change while the borne runs). */
  desk: () => HelpDesk;
  print: () => ToolsPrintPort;
  today?: () => Day;
}

/**
 * The pense-bête as residents use it: list the rules, compute the next deadline from
 * today on the borne's calendar, build and print the ticket. Keeps nothing: the
 * resident's answer (month, date) lives only in the call.
 */
export class PenseBete {
  private readonly today: () => Day;

  constructor(private readonly options: PenseBeteOptions) {
    this.today = options.today ?? (() => localToday());
  }

  list(): ReminderRuleDto[] {
    return this.options.rules.all().map(({ rule, local }) => ({
      id: rule.id,
      themeId: rule.themeId,
      ...(rule.demarcheId ? { demarcheId: rule.demarcheId } : {}),
      title: rule.title,
      summary: rule.summary,
      bring: rule.bring,
      officialUrl: rule.officialUrl,
      nature: rule.nature,
      needs: choiceNeededBy(rule),
      ...(rule.schedule.kind === 'after-resident-date'
        ? { durationsDays: rule.schedule.durationsDays }
        : {}),
      local,
    }));
  }

  next(ruleId: string, choice: ResidentChoice): NextDeadlineDto {
    const rule = this.rule(ruleId);
    const today = this.today();
    const found = nextDeadline(rule, {
      today,
      choice,
      taxZone: taxZoneOfPostcode(this.options.desk().postcode),
    });
    const base = { ruleId, today: isoOf(today) };
    if (found.status === 'unknown') {
      return {
        ...base,
        status: 'unknown',
        unknownReason: found.reason,
        opens: null,
        closes: null,
        advisedBy: null,
        shiftedFrom: null,
        approximate: false,
        reminders: [],
        paperCloses: null,
        zone: null,
        time: null,
      };
    }
    const { occurrence } = found;
    const iso = (day: Day | null) => (day === null ? null : isoOf(day));
    return {
      ...base,
      status: found.status,
      opens: iso(occurrence.opens),
      closes: isoOf(occurrence.closes),
      advisedBy: iso(occurrence.advisedBy),
      shiftedFrom: iso(occurrence.shiftedFrom),
      approximate: occurrence.approximate,
      reminders: occurrence.reminders.map((reminder) => ({
        date: isoOf(reminder.day),
        daysBefore: reminder.daysBefore,
      })),
      paperCloses: iso(occurrence.paperCloses),
      zone: occurrence.zone,
      time: occurrence.time,
    };
  }

  ticket(ruleId: string, choice: ResidentChoice, language: string): ReminderTicketContent {
    return buildReminderTicket(
      this.rule(ruleId),
      this.next(ruleId, choice),
      this.options.desk(),
      language,
    );
  }

  async printTicket(
    ruleId: string,
    choice: ResidentChoice,
    language: string,
  ): Promise<PrintOutcomeDto> {
    return this.options.print().printReminderTicket(this.ticket(ruleId, choice, language));
  }

  private rule(ruleId: string): DeadlineRule {
    const rule = this.options.rules.find(ruleId);
    if (!rule)
      throw new ApiFailure('not-found', `no deadline rule ${ruleId}`, { reason: 'no-rule' });
    return rule;
  }
}
