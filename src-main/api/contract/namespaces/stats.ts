import { z } from 'zod';
import { isoDate } from '../config/primitives';
import { adminMethod } from '../define';
import { STATS_BREAKDOWNS } from '../stats-names';

/** A period of whole local days, both ends included, at most five years. */
export const statsPeriod = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, {
    message: 'the period must end after it starts',
    params: { format: 'period-order' },
    path: ['to'],
  })
  .refine((period) => Date.parse(period.to) - Date.parse(period.from) <= 5 * 366 * 86_400_000, {
    message: 'the period must be at most five years',
    params: { format: 'period-length' },
    path: ['to'],
  });
export type StatsPeriod = z.infer<typeof statsPeriod>;

export { STATS_BREAKDOWNS, type StatsBreakdown } from '../stats-names';

const count = z.int().min(0);
export const statsFigureDto = z.object({ key: z.string(), count, total: count });
export type StatsFigureDto = z.infer<typeof statsFigureDto>;

export const statsDashboardDto = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  generatedAt: z.string(),
  centre: z.object({ name: z.string(), territory: z.string(), place: z.string() }),
  totals: z.object({
    sessions: count,
    averageSessionSeconds: count,
    demarchesOpened: count,
    themesOpened: count,
    sheetsOpened: count,
    sheetSteps: count,
    printJobs: count,
    printedPages: count,
    searches: count,
    searchesNotFound: count,
    accompaniments: count,
    accompanimentMinutes: count,
  }),
  /** Every day of the period, in order, with zero for days without a session. */
  sessionsPerDay: z.array(z.object({ day: z.string(), count })),
  /** Session starts by weekday (0 = Monday … 6 = Sunday) and hour, local time. */
  sessionsPerHour: z.array(
    z.object({ weekday: z.int().min(0).max(6), hour: z.int().min(0).max(23), count }),
  ),
  breakdowns: z.record(z.enum(STATS_BREAKDOWNS), z.array(statsFigureDto)),
});
export type StatsDashboardDto = z.infer<typeof statsDashboardDto>;

export const syncStatusDto = z.object({
  /** off: no Matomo address in the config; stopped: statistics switched off. */
  activity: z.enum(['off', 'idle', 'sending', 'waiting-retry', 'stopped']),
  url: z.string().nullable(),
  siteId: z.int(),
  tokenSet: z.boolean(),
  protection: z.enum(['os-keychain', 'file-key']),
  pending: count,
  heldForToken: count,
  delivered: count,
  refused: count,
  lastSuccessAt: z.string().nullable(),
  lastError: z
    .object({
      code: z.enum([
        'timeout',
        'network',
        'http-status',
        'bad-answer',
        'refused-all',
        'refused-some',
      ]),
      detail: z.string(),
      at: z.string(),
    })
    .nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type SyncStatusDto = z.infer<typeof syncStatusDto>;

/** A Matomo token_auth: letters and digits (32 hex characters in current versions). */
const matomoToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{16,128}$/, { message: 'must be a Matomo token (letters and digits)' });

export const statsContract = {
  /** The referent's dashboard for a period: figures aggregated main-side, in SQL. */
  dashboard: adminMethod(z.tuple([statsPeriod]), statsDashboardDto),
  syncStatus: adminMethod(z.tuple([]), syncStatusDto),
  /** Stores the Matomo write token encrypted (never returned), then tries to sync. */
  setMatomoToken: adminMethod(z.tuple([matomoToken]), syncStatusDto),
  clearMatomoToken: adminMethod(z.tuple([]), syncStatusDto),
  /** Ends the current wait and sends now. */
  syncNow: adminMethod(z.tuple([]), syncStatusDto),
};
