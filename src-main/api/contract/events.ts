import { z } from 'zod';

/** Push events from the main side to the UI, with their payloads. */
export const apiEvents = {
  configChanged: z.object({ reason: z.enum(['saved', 'reloaded']) }),
  noticesChanged: z.object({ count: z.int().min(0) }),
  adminLockChanged: z.object({ unlocked: z.boolean() }),
  /** The hidden admin combination was pressed (seen by the shell, or the preview bridge). */
  adminRequested: z.object({}),
  sessionStarted: z.object({ id: z.string() }),
  /** Everything of the resident is wiped: the UI shows the end screen. */
  sessionEnded: z.object({ reason: z.enum(['finished', 'idle', 'recovered', 'admin']) }),
  /** Which official sites answer changed (see connectivity.status). */
  connectivityChanged: z.object({ state: z.enum(['unknown', 'online', 'partial', 'offline']) }),
};

export type ApiEventMap = { [Name in keyof typeof apiEvents]: z.output<(typeof apiEvents)[Name]> };
export type ApiEventName = keyof ApiEventMap;
