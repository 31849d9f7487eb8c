import { z } from 'zod';
import { httpsUrl } from './primitives';

/**
 * Anonymous usage statistics. The Matomo write token is a secret and never sits here:
 * it lives encrypted in the secret vault.
 */
export const statsSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /** Raw events older than this are rolled up into daily aggregates. */
    retentionMonths: z.int().min(1).max(25).default(13),
    matomo: z
      .strictObject({
        url: httpsUrl.nullable().default(null),
        siteId: z.int().min(1).default(1),
      })
      .default({ url: null, siteId: 1 }),
  })
  .default({ enabled: true, retentionMonths: 13, matomo: { url: null, siteId: 1 } });

export type StatsSettings = z.infer<typeof statsSchema>;
