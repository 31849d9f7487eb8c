import { z } from 'zod';

/** How a resident's session ends when they walk away, and what is asked at its start. */
export const sessionSchema = z
  .strictObject({
    /** Seconds without input before "Êtes-vous toujours là ?" appears. */
    idleSeconds: z.int().min(30).max(3600).default(180),
    /** Length of the countdown before everything is wiped. */
    warningSeconds: z.int().min(5).max(120).default(30),
    /** At most two anonymous, skippable questions; off by default. */
    optionalQuestions: z
      .strictObject({
        enabled: z.boolean().default(false),
        ageBracket: z.boolean().default(true),
        firstVisit: z.boolean().default(true),
      })
      .default({ enabled: false, ageBracket: true, firstVisit: true }),
  })
  .refine((session) => session.warningSeconds < session.idleSeconds, {
    message: 'the countdown must be shorter than the idle time',
    params: { format: 'warning-shorter-than-idle' },
    path: ['warningSeconds'],
  })
  .default({
    idleSeconds: 180,
    warningSeconds: 30,
    optionalQuestions: { enabled: false, ageBracket: true, firstVisit: true },
  });

export type SessionSettings = z.infer<typeof sessionSchema>;
