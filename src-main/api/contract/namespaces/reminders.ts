import { z } from 'zod';
import { localizedText } from '../catalogue';
import { isoDate, localeCode, slug } from '../config/primitives';
import {
  deadlineNature,
  deadlineRuleSchema,
  localDeadlineRuleSchema,
  residentChoiceSchema,
} from '../deadline-rules';
import { adminMethod, publicMethod } from '../define';
import { printOutcomeDto, reminderTicketContent } from '../print-content';

/** A rule as the resident's list shows it. */
export const reminderRuleDto = z.object({
  id: slug,
  themeId: slug,
  demarcheId: slug.optional(),
  title: localizedText(2, 80),
  summary: localizedText(2, 300),
  bring: z.array(localizedText(2, 120)),
  officialUrl: z.string(),
  nature: deadlineNature,
  /** What the resident must answer first: nothing, a month of their cycle, a date… */
  needs: z.enum(['none', 'cycle-month', 'anniversary', 'start-date']),
  /** For "start-date" rules: the durations to pick from, in days. */
  durationsDays: z.array(z.int()).optional(),
  /** The centre's own rule (permanence…), not a national one. */
  local: z.boolean(),
});
export type ReminderRuleDto = z.infer<typeof reminderRuleDto>;

export const nextDeadlineDto = z.object({
  ruleId: slug,
  today: isoDate,
  status: z.enum(['open', 'upcoming', 'passed', 'unknown']),
  /** Why there is no date: not announced yet, or the resident's answer is missing. */
  unknownReason: z.enum(['not-announced', 'needs-choice']).optional(),
  opens: isoDate.nullable(),
  closes: isoDate.nullable(),
  advisedBy: isoDate.nullable(),
  shiftedFrom: isoDate.nullable(),
  approximate: z.boolean(),
  reminders: z.array(z.object({ date: isoDate, daysBefore: z.int() })),
  paperCloses: isoDate.nullable(),
  zone: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  time: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type NextDeadlineDto = z.infer<typeof nextDeadlineDto>;

const ruleId = slug;
const language = localeCode;

export const remindersContract = {
  list: publicMethod(z.tuple([]), z.object({ rules: z.array(reminderRuleDto) })),
  /** The next deadline from today; the resident's answer travels here and is never stored. */
  next: publicMethod(z.tuple([ruleId, residentChoiceSchema]), nextDeadlineDto),
  /** The ticket as it will print, for the preview before printing. */
  ticket: publicMethod(z.tuple([ruleId, residentChoiceSchema, language]), reminderTicketContent),
  printTicket: publicMethod(z.tuple([ruleId, residentChoiceSchema, language]), printOutcomeDto),
  /** The centre's own rules, in full, for the referent's editor. */
  localRules: adminMethod(z.tuple([]), z.object({ rules: z.array(deadlineRuleSchema) })),
  saveLocalRule: adminMethod(z.tuple([localDeadlineRuleSchema]), deadlineRuleSchema),
  deleteLocalRule: adminMethod(z.tuple([ruleId]), z.object({ deleted: z.boolean() })),
};
