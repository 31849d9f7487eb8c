import { z } from 'zod';
import { centreConfigSchema } from '../config';
import { adminMethod } from '../define';

export const linkResultDto = z.object({
  id: z.string(),
  url: z.string(),
  status: z.enum([
    'ok',
    'moved',
    'dead',
    'server-error',
    'timeout',
    'tls-error',
    'unreachable',
    'too-many-redirects',
    'not-checked',
  ]),
  httpStatus: z.int().optional(),
  location: z.string().optional(),
  detail: z.string().optional(),
});
export type LinkResultDto = z.infer<typeof linkResultDto>;

export const logEntryDto = z.object({
  at: z.string(),
  level: z.enum(['debug', 'info', 'warn', 'error']),
  scope: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type LogEntryDto = z.infer<typeof logEntryDto>;

export const maintenanceContract = {
  /** Every démarche and custom link of the catalogue, checked over the network. */
  checkLinks: adminMethod(
    z.tuple([]),
    z.object({ checkedAt: z.string(), results: z.array(linkResultDto) }),
  ),
  recentLogs: adminMethod(
    z.tuple([z.object({ limit: z.int().min(1).max(500), incidentsOnly: z.boolean() })]),
    z.array(logEntryDto),
  ),
  exportBackup: adminMethod(z.tuple([]), z.object({ fileName: z.string(), text: z.string() })),
  /** A backup file's text; refused with a reason when it is not a Borne backup. */
  restoreBackup: adminMethod(z.tuple([z.string().max(4_000_000)]), centreConfigSchema),
  restartInfo: adminMethod(z.tuple([]), z.object({ canRestart: z.boolean() })),
  /** The app restarts just after answering; the preview host answers that it cannot. */
  restart: adminMethod(z.tuple([]), z.object({ restarting: z.boolean() })),
};
