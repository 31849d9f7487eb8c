import { z } from 'zod';
import { publicMethod } from '../define';

export const appInfoDto = z.object({
  version: z.string(),
  /** Which transport serves this UI: the Electron shell, or the browser preview host. */
  transport: z.enum(['electron', 'preview']),
  profile: z.object({ kind: z.enum(['borne', 'nomade']), placeTag: z.string().optional() }),
  languages: z.object({ default: z.string(), offered: z.array(z.string()) }),
});
export type AppInfoDto = z.infer<typeof appInfoDto>;

export const appContract = {
  getInfo: publicMethod(z.tuple([]), appInfoDto),
};
