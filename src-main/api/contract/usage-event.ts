import { z } from 'zod';
import { localeCode, slug } from './config/primitives';

/**
 * The anonymous usage events of the borne: what was used, never who, never a URL with
 * its query, never typed text. The full taxonomy, with what each event means, is written
 * down in docs/statistics.md (statistics issue). Services record the ones they see; the
 * UI reports its own (theme opened, search…) through the API, validated by this schema.
 *
 * Ids are slugs from the catalogue or the config; a host is a bare hostname.
 */
const host = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/, { message: 'must be a bare host name' });

export const usageEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session.start') }),
  z.strictObject({
    type: z.literal('session.end'),
    durationSeconds: z.int().min(0),
    /** finished: "Terminer"; idle: the countdown ran out; recovered: after a crash. */
    reason: z.enum(['finished', 'idle', 'recovered', 'admin']),
  }),
  z.strictObject({ type: z.literal('theme.open'), themeId: slug }),
  z.strictObject({
    type: z.literal('demarche.open'),
    demarcheId: slug,
    via: z.enum(['theme', 'search', 'top', 'link']),
  }),
  z.strictObject({ type: z.literal('site.open'), demarcheId: slug }),
  z.strictObject({ type: z.literal('sheet.open'), sheetId: slug }),
  z.strictObject({ type: z.literal('sheet.step'), sheetId: slug, step: z.int().min(1).max(100) }),
  z.strictObject({
    type: z.literal('print'),
    kind: z.enum(['page', 'pdf', 'ticket', 'slip', 'sheet', 'test']),
    pages: z.int().min(0).max(10000),
    outcome: z.enum(['printed', 'refused-quota', 'failed', 'cancelled']),
  }),
  /** Whether a search found something; never the words typed. */
  z.strictObject({ type: z.literal('search'), found: z.boolean() }),
  z.strictObject({ type: z.literal('language'), language: localeCode }),
  z.strictObject({
    type: z.literal('display'),
    textSize: z.int().min(1).max(3),
    highContrast: z.boolean(),
    reducedMotion: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('question'),
    question: z.enum(['age-bracket', 'first-visit']),
    answer: slug,
  }),
  /** A navigation the allowlist refused: the host only. */
  z.strictObject({ type: z.literal('navigation.refused'), host }),
  z.strictObject({ type: z.literal('incident'), code: slug }),
  z.strictObject({
    type: z.literal('heartbeat'),
    version: z.string().max(40),
    printer: z.enum(['ok', 'error', 'none']),
    freeDiskMb: z.int().min(0),
  }),
  z.strictObject({ type: z.literal('tool.open'), tool: slug }),
  z.strictObject({
    type: z.literal('accompaniment'),
    topic: slug,
    minutes: z.int().min(1).max(600),
    autonomy: z.enum(['seul', 'avec', 'pour']),
    followUp: z.boolean(),
  }),
  /** The pense-bête showed the next date of a deadline rule. */
  z.strictObject({ type: z.literal('reminder.shown'), ruleId: slug }),
  /** A glossary term was opened (from the glossary, a help sheet or a definition). */
  z.strictObject({ type: z.literal('glossary.open'), termId: slug }),
  /** A structure of the directory was opened. */
  z.strictObject({ type: z.literal('directory.open'), structureId: slug }),
]);

export type UsageEvent = z.infer<typeof usageEventSchema>;
export type UsageEventType = UsageEvent['type'];
