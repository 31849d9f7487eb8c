import { z } from 'zod';
import { slug } from './config/primitives';

/**
 * One accompaniment a staff member gave, as the funders count them: what, how long, how
 * autonomous the person was, whether a follow-up is needed. No name, no identifier, no
 * free text: nothing here can point back at a person.
 */
export const AUTONOMY_LEVELS = ['seul', 'avec', 'pour'] as const;

/** Topics beyond the catalogue's themes and démarches: digital skills themselves. */
export const EXTRA_ACCOMPANIMENT_TOPICS = [
  'numerique-bases',
  'messagerie',
  'smartphone',
  'impression-scan',
  'autre',
] as const;

export const accompanimentEntrySchema = z.strictObject({
  /** A theme or démarche id of the catalogue, or one of EXTRA_ACCOMPANIMENT_TOPICS. */
  topic: slug,
  minutes: z.int().min(1).max(600),
  /** fait seul / fait avec / fait pour ("faire avec plutôt que faire à la place"). */
  autonomy: z.enum(AUTONOMY_LEVELS),
  followUp: z.boolean(),
});
export type AccompanimentEntry = z.infer<typeof accompanimentEntrySchema>;

export const accompanimentTotalsDto = z.object({
  count: z.int(),
  minutes: z.int(),
  byAutonomy: z.object({ seul: z.int(), avec: z.int(), pour: z.int() }),
  followUps: z.int(),
  /** Most frequent topics first. */
  topics: z.array(z.object({ topic: z.string(), count: z.int(), minutes: z.int() })),
});
export type AccompanimentTotalsDto = z.infer<typeof accompanimentTotalsDto>;

export const accompanimentYearDto = z.object({
  year: z.int(),
  months: z.array(z.object({ month: z.int().min(1).max(12), totals: accompanimentTotalsDto })),
  quarters: z.array(z.object({ quarter: z.int().min(1).max(4), totals: accompanimentTotalsDto })),
  total: accompanimentTotalsDto,
});
export type AccompanimentYearDto = z.infer<typeof accompanimentYearDto>;
