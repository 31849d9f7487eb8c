/**
 * Names of the statistics figures as plain data (no zod), so the renderer can list them
 * without bundling the schemas.
 */

/** The breakdowns the dashboard shows, each a list of (key, count, total), largest first. */
export const STATS_BREAKDOWNS = [
  'demarche',
  'demarche-via',
  'theme',
  'site',
  'sheet',
  'sheet-step',
  'print',
  'search',
  'session-length',
  'session-end',
  'session-language',
  'language',
  'text-size',
  'contrast',
  'question',
  'navigation-refused',
  'incident',
  'heartbeat',
  'tool',
  'accompaniment',
  'accompaniment-autonomy',
] as const;
export type StatsBreakdown = (typeof STATS_BREAKDOWNS)[number];

/** Session length buckets, in minutes, shortest first. */
export const SESSION_LENGTH_BUCKETS = ['0-2', '2-5', '5-10', '10-20', '20-40', '40+'] as const;
export type SessionLengthBucket = (typeof SESSION_LENGTH_BUCKETS)[number];
