import { z } from 'zod';
import { publicMethod } from '../define';

export const CONNECTIVITY_STATES = ['unknown', 'online', 'partial', 'offline'] as const;

export const connectivityStatusDto = z.object({
  /** unknown: not checked yet; partial: some official sites do not answer. */
  state: z.enum(CONNECTIVITY_STATES),
  checking: z.boolean(),
  checkedAt: z.iso.datetime().nullable(),
  /** Start hosts of démarches that did not answer at the last check. */
  unreachableHosts: z.array(z.string().max(253)).max(2000),
});
export type ConnectivityStatusDto = z.infer<typeof connectivityStatusDto>;

export const connectivityContract = {
  /** The last known status; a stale one is refreshed in the background (see the event). */
  status: publicMethod(z.tuple([]), connectivityStatusDto),
  /** Probes every catalogue host now and answers when done (a few seconds at most). */
  check: publicMethod(z.tuple([]), connectivityStatusDto),
};
