import { z } from 'zod';
import { publicMethod } from '../define';
import { usageEventSchema } from '../usage-event';

export const usageContract = {
  /** An event the UI sees (theme opened, search…), recorded against the open session. */
  record: publicMethod(z.tuple([usageEventSchema]), z.object({ recorded: z.boolean() })),
};
