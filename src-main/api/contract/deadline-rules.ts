import { z } from 'zod';
import { localizedText } from './catalogue';
import { clockTime, formattedString, httpsUrl, isoDate, slug } from './config/primitives';

/**
 * The pense-bête's deadline rules, as data: the base set ships in
 * kiosk-config/reminders/deadline-rules.json (federation-maintained), the referent adds
 * the centre's own (permanences…) in admin mode. The engine that reads them is
 * src-main/policy/deadlines/. What each kind means is written in docs/pense-bete.md.
 */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const weekdayName = z.enum(WEEKDAYS);
export type WeekdayName = z.infer<typeof weekdayName>;

const month = z.int().min(1).max(12);
const dayOfMonth = z.int().min(1).max(31);
/** Days that exist in every month, so a monthly rule never lands on a missing day. */
const safeDayOfMonth = z.int().min(1).max(28);
const year = formattedString(/^(?:19|20|21)\d{2}$/, 'year', 'a year such as 2026');

const fixedDate = z.strictObject({
  month,
  day: dayOfMonth,
  /** The official date is not published yet: show it as "vers le". */
  approximate: z.boolean().default(false),
});
const nthWeekdayDate = z.strictObject({
  month,
  weekday: weekdayName,
  /** 1 to 4, or -1 for the last one of the month. */
  nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  approximate: z.boolean().default(false),
});
/** A date within a year: "15 October" or "the 3rd Thursday of October". */
export const yearlyDateSpec = z.union([fixedDate, nthWeekdayDate]);
export type YearlyDateSpec = z.infer<typeof yearlyDateSpec>;

const timeRange = z.strictObject({ from: clockTime, to: clockTime });

export const holidayPolicy = z.enum([
  'none',
  'next-working-day',
  'previous-working-day',
  'saturday-before-else-after',
  'skip',
]);

const monthlyWindow = z.strictObject({
  kind: z.literal('monthly-window'),
  /** Opens on this day of month M… */
  opensDay: safeDayOfMonth,
  /** …except in these months ("2": 26 for February). */
  opensDayByMonth: z
    .partialRecord(
      z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']),
      safeDayOfMonth,
    )
    .default({}),
  /** …and closes on this day of month M+1. */
  closesDayNextMonth: safeDayOfMonth,
});

const monthlyDay = z.strictObject({
  kind: z.literal('monthly-day'),
  day: safeDayOfMonth,
  /** Only these months; empty = every month. */
  months: z.array(month).max(12).default([]),
});

const householdQuarterly = z.strictObject({
  kind: z.literal('household-quarterly'),
  /** The declaration month opens on this day; the resident chooses one month of their cycle. */
  opensDay: safeDayOfMonth,
  /** Advice: declare before this day of the month (the CAF's 25th). */
  advisedByDay: safeDayOfMonth,
});

const yearWindowDates = z.strictObject({ opens: isoDate.optional(), closes: isoDate });

const yearlyWindow = z.strictObject({
  kind: z.literal('yearly-window'),
  opens: yearlyDateSpec.optional(),
  closes: yearlyDateSpec,
  /** The window closes in the year after it opens (1 November → 31 March). */
  closesNextYear: z.boolean().default(false),
  /** Published dates, by the year the window opens; other years use the specs (estimated). */
  years: z.record(year, yearWindowDates).default({}),
});

const taxYearDates = z.strictObject({
  opens: isoDate,
  paperCloses: isoDate,
  zoneCloses: z.strictObject({ '1': isoDate, '2': isoDate, '3': isoDate }),
});

const incomeTax = z.strictObject({
  kind: z.literal('income-tax'),
  /** Defaults for a year whose dates are not published yet: shown as estimates. */
  opens: yearlyDateSpec,
  paperCloses: yearlyDateSpec,
  zoneCloses: z.strictObject({ '1': yearlyDateSpec, '2': yearlyDateSpec, '3': yearlyDateSpec }),
  /** Published dates, by year (impots.gouv.fr). */
  years: z.record(year, taxYearDates).default({}),
});

const campaigns = z.strictObject({
  kind: z.literal('campaigns'),
  /** Each campaign's published window; after the last one the next date is "not known yet". */
  windows: z
    .array(z.strictObject({ opens: isoDate, closes: isoDate }))
    .min(1)
    .max(50),
});

const residentAnniversary = z.strictObject({
  kind: z.literal('resident-anniversary'),
  /** The resident gives a day and month (not stored); the window opens this many months before. */
  opensMonthsBefore: z.int().min(0).max(11).default(0),
  /** Reminder dates printed on the ticket: J-45, J-15… */
  remindersDaysBefore: z.array(z.int().min(1).max(365)).max(5).default([]),
});

const afterResidentDate = z.strictObject({
  kind: z.literal('after-resident-date'),
  /** The resident gives a start date and picks one duration (not stored). */
  durationsDays: z.array(z.int().min(1).max(3660)).min(1).max(6),
});

const weekly = z.strictObject({
  kind: z.literal('weekly'),
  weekdays: z.array(weekdayName).min(1).max(7),
  time: timeRange.optional(),
});

const monthlyWeekday = z.strictObject({
  kind: z.literal('monthly-weekday'),
  weekday: weekdayName,
  nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  time: timeRange.optional(),
});

const givenDates = z.strictObject({
  kind: z.literal('dates'),
  dates: z.array(isoDate).min(1).max(100),
  time: timeRange.optional(),
});

export const scheduleSchema = z.discriminatedUnion('kind', [
  monthlyWindow,
  monthlyDay,
  householdQuarterly,
  yearlyWindow,
  incomeTax,
  campaigns,
  residentAnniversary,
  afterResidentDate,
  weekly,
  monthlyWeekday,
  givenDates,
]);
export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleKind = Schedule['kind'];

/** What the resident does on the date: act before it, wait for a payment, come… */
export const deadlineNature = z.enum(['deadline', 'payment', 'recalculation', 'period', 'event']);

export const deadlineRuleSchema = z.strictObject({
  id: slug,
  /** The démarche of the catalogue this rule belongs to, for the portal's links. */
  demarcheId: slug.optional(),
  themeId: slug,
  title: localizedText(2, 80),
  /** What to do, in one or two short sentences. */
  summary: localizedText(2, 300),
  /** What to bring or have ready. */
  bring: z.array(localizedText(2, 120)).max(6).default([]),
  /** The official page the ticket's QR code points to. */
  officialUrl: httpsUrl,
  nature: deadlineNature,
  schedule: scheduleSchema,
  holidays: holidayPolicy.default('none'),
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export type DeadlineRuleInput = z.input<typeof deadlineRuleSchema>;

export const deadlineRulesFileSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    schemaVersion: z.literal(1),
    version: formattedString(
      /^\d{4}\.\d{1,2}\.\d{1,3}$/,
      'rules-version',
      'a version such as 2026.11.1',
    ),
    rules: z.array(deadlineRuleSchema).min(1).max(200),
  })
  .refine((file) => new Set(file.rules.map((rule) => rule.id)).size === file.rules.length, {
    message: 'each rule id may appear only once',
    params: { format: 'unique-ids' },
  });
export type DeadlineRulesFile = z.infer<typeof deadlineRulesFileSchema>;

/** The kinds a referent may use for the centre's own rules (permanences, workshops…). */
export const LOCAL_SCHEDULE_KINDS = ['weekly', 'monthly-weekday', 'dates'] as const;

/** A centre's own rule: French texts are enough, and only the simple kinds. */
export const localDeadlineRuleSchema = deadlineRuleSchema.refine(
  (rule) => (LOCAL_SCHEDULE_KINDS as readonly string[]).includes(rule.schedule.kind),
  {
    message: 'a local rule is weekly, monthly or on given dates',
    params: { format: 'local-kind' },
  },
);

/** What the resident tells the borne for rules that depend on them; never stored. */
export const residentChoiceSchema = z.strictObject({
  /** Any month in which they made (or must make) their quarterly declaration. */
  cycleMonth: month.optional(),
  /** Day and month of their application or of the end of their right. */
  anniversary: z.strictObject({ month, day: dayOfMonth }).optional(),
  startDate: isoDate.optional(),
  durationDays: z.int().min(1).max(3660).optional(),
});
export type ResidentChoice = z.infer<typeof residentChoiceSchema>;
