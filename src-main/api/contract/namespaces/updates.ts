import { z } from 'zod';
import { localizedText } from '../catalogue';
import { adminMethod } from '../define';

const changedEntry = z.object({ id: z.string(), title: localizedText(1, 200) });

export const catalogueChangesDto = z.object({
  fromVersion: z.string(),
  toVersion: z.string(),
  demarches: z.object({
    added: z.array(changedEntry),
    removed: z.array(changedEntry),
    changed: z.array(changedEntry.extend({ fields: z.array(z.string()) })),
  }),
  themes: z.object({ added: z.array(changedEntry), removed: z.array(changedEntry) }),
});

export const contentCheckDto = z.object({
  at: z.string(),
  outcome: z.enum(['installed', 'unchanged', 'unreachable', 'rejected', 'disabled']),
  /** Why a bundle was refused: format, unknown-key, signature, hash, older-version… */
  reason: z.string().optional(),
  detail: z.string().optional(),
});

/** What the app updater is doing; "unsupported" where the app cannot update itself. */
export const appUpdateStateDto = z.discriminatedUnion('phase', [
  z.object({
    phase: z.literal('unsupported'),
    reason: z.enum(['preview', 'not-packaged', 'system-package', 'no-server']),
  }),
  z.object({ phase: z.literal('idle'), lastCheckAt: z.string().nullable() }),
  z.object({ phase: z.literal('checking') }),
  z.object({ phase: z.literal('downloading'), version: z.string(), percent: z.number() }),
  z.object({
    phase: z.literal('waiting'),
    version: z.string(),
    reason: z.enum(['session-open', 'opening-hours', 'recent-activity']),
  }),
  z.object({ phase: z.literal('installing'), version: z.string() }),
  z.object({
    phase: z.literal('skipped'),
    version: z.string(),
    reason: z.enum(['not-signed', 'signature-mismatch', 'not-in-rollout', 'not-newer']),
  }),
  z.object({ phase: z.literal('error'), detail: z.string() }),
]);
export type AppUpdateStateDto = z.infer<typeof appUpdateStateDto>;

export const updatesStatusDto = z.object({
  channel: z.enum(['stable', 'pilot']),
  server: z.string().nullable(),
  content: z.object({
    url: z.string().nullable(),
    trustedKeys: z.array(z.string()),
    bundle: z
      .object({
        version: z.string(),
        publishedAt: z.string(),
        parts: z.array(z.object({ name: z.string(), version: z.string(), checked: z.boolean() })),
      })
      .nullable(),
    catalogue: z.object({ version: z.string(), source: z.enum(['bundle', 'shipped']) }),
    lastCheck: contentCheckDto.nullable(),
    lastChanges: z
      .object({
        at: z.string(),
        fromVersion: z.string().nullable(),
        toVersion: z.string(),
        catalogue: catalogueChangesDto.nullable(),
        parts: z.array(
          z.object({ name: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
        ),
      })
      .nullable(),
  }),
  app: z.object({ version: z.string(), state: appUpdateStateDto }),
});
export type UpdatesStatusDto = z.infer<typeof updatesStatusDto>;

export const updatesContract = {
  /** Content bundle and app update status, for the admin "Mises à jour" page. */
  getStatus: adminMethod(z.tuple([]), updatesStatusDto),
  /** Fetches the content bundle now and asks the app updater to check. */
  checkNow: adminMethod(z.tuple([]), updatesStatusDto),
};
