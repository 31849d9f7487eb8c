import { z } from 'zod';

/**
 * Where the federation's Matomo lives: an https:// address, or plain http:// on the
 * loopback only (a receiver on the same machine, for tests and a local relay).
 */
export const matomoUrl = z
  .string()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        if (url.search || url.hash || url.username || url.password) return false;
        if (url.protocol === 'https:') return true;
        return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
      } catch {
        return false;
      }
    },
    {
      message: 'must be an https:// address without query (http:// only on 127.0.0.1)',
      params: { format: 'matomo-url' },
    },
  );

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Matomo's custom dimension ids, as `npm run matomo:provision` printed them. */
const dimensionId = z.int().min(1).max(999);
const DEFAULT_DIMENSIONS = {
  centre: 1,
  territory: 2,
  profile: 3,
  place: 4,
  appVersion: 5,
  language: 6,
};

const DEFAULT_MATOMO = {
  url: null,
  siteId: 1,
  dimensions: DEFAULT_DIMENSIONS,
  batchSize: 100,
};

/**
 * Anonymous usage statistics. The Matomo write token is a secret and never sits here:
 * it lives encrypted in the secret vault (entered in admin mode).
 */
export const statsSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /**
     * Raw events older than this are deleted once rolled up into daily aggregates (and
     * delivered to Matomo when it is set up). The dashboard reads the aggregates, so
     * its figures outlive the raw events.
     */
    retentionMonths: z.int().min(1).max(25).default(3),
    /** How often the borne records that it is alive (version, printer, free disk). */
    heartbeatMinutes: z.int().min(5).max(1440).default(30),
    matomo: z
      .strictObject({
        /** Base address of the federation's Matomo (matomo.php is appended); null: no sync. */
        url: matomoUrl.nullable().default(null),
        siteId: z.int().min(1).default(1),
        dimensions: z
          .strictObject({
            centre: dimensionId.default(DEFAULT_DIMENSIONS.centre),
            territory: dimensionId.default(DEFAULT_DIMENSIONS.territory),
            profile: dimensionId.default(DEFAULT_DIMENSIONS.profile),
            place: dimensionId.default(DEFAULT_DIMENSIONS.place),
            appVersion: dimensionId.default(DEFAULT_DIMENSIONS.appVersion),
            language: dimensionId.default(DEFAULT_DIMENSIONS.language),
          })
          .default(DEFAULT_DIMENSIONS),
        /** Events per bulk request. */
        batchSize: z.int().min(1).max(500).default(100),
      })
      .default(DEFAULT_MATOMO),
  })
  .default({ enabled: true, retentionMonths: 3, heartbeatMinutes: 30, matomo: DEFAULT_MATOMO });

export type StatsSettings = z.infer<typeof statsSchema>;
export type MatomoSettings = StatsSettings['matomo'];
export type MatomoDimensionIds = MatomoSettings['dimensions'];
