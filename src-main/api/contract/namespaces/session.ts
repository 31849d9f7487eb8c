import { z } from 'zod';
import { publicMethod } from '../define';

export const residentSessionDto = z.object({
  id: z.string(),
  startedAt: z.string(),
});
export type ResidentSessionDto = z.infer<typeof residentSessionDto>;

export const sessionContract = {
  /** The resident's first action on the home screen opens a session (or returns the open one). */
  start: publicMethod(z.tuple([]), residentSessionDto),
  /** "Terminer": wipes everything of the resident, then resolves. */
  end: publicMethod(z.tuple([]), z.object({ ended: z.boolean() })),
  current: publicMethod(z.tuple([]), residentSessionDto.nullable()),
};
