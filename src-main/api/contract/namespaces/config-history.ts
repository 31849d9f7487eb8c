import { z } from 'zod';
import { centreConfigSchema } from '../config';
import { adminMethod } from '../define';

export const historyEntryDto = z.object({
  id: z.int(),
  savedAt: z.string(),
  reason: z.enum(['loaded', 'edit', 'undo', 'restore', 'backup']),
  centreName: z.string(),
});
export type HistoryEntryDto = z.infer<typeof historyEntryDto>;

export const configHistoryContract = {
  /** The last 20 versions, newest first (the first one is in force). */
  list: adminMethod(z.tuple([]), z.array(historyEntryDto)),
  restore: adminMethod(z.tuple([z.int().min(1)]), centreConfigSchema),
  /** Puts back the version before the last change. */
  undo: adminMethod(z.tuple([]), centreConfigSchema),
};
