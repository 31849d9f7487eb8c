import { z } from 'zod';
import { adminMethod, publicMethod } from '../define';
import { validationIssueDto } from '../validation-dto';

export const authStateDto = z.object({
  /** false on first run: the referent must create a PIN before anything else. */
  pinSet: z.boolean(),
  unlocked: z.boolean(),
  /** Seconds left before another attempt is allowed; 0 when not locked out. */
  lockedForSeconds: z.int().min(0),
  /** Wrong attempts still allowed before the next lock-out. */
  attemptsBeforeLock: z.int().min(0),
});
export type AuthStateDto = z.infer<typeof authStateDto>;

export const unlockResultDto = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unlocked') }),
  z.object({ status: z.literal('wrong-pin'), attemptsBeforeLock: z.int().min(0) }),
  z.object({ status: z.literal('locked'), retryInSeconds: z.int().min(1) }),
]);
export type UnlockResultDto = z.infer<typeof unlockResultDto>;

/** A problem the referent should know about: config fallback, database reset, disk full… */
export const noticeDto = z.object({
  id: z.string(),
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  at: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  issues: z.array(validationIssueDto).optional(),
});
export type NoticeDto = z.infer<typeof noticeDto>;

export const systemStatusDto = z.object({
  notices: z.array(noticeDto),
  config: z.object({
    file: z.string(),
    /** Where the config in force came from: the file, the last good copy, or the demo. */
    source: z.enum(['file', 'last-good', 'demo']),
  }),
  database: z.object({ file: z.string(), inMemory: z.boolean() }),
  secrets: z.object({ protection: z.enum(['os-keychain', 'file-key']) }),
});
export type SystemStatusDto = z.infer<typeof systemStatusDto>;

/** The PIN travels as typed; its rules are checked by the service for a precise message. */
const pinArg = z.string().max(64);

export const recoveryInfoDto = z.object({
  /** false when no federation key is installed on this borne. */
  available: z.boolean(),
  centreId: z.string(),
  /** One-time code the referent reads to the federation. */
  challenge: z.string(),
});
export type RecoveryInfoDto = z.infer<typeof recoveryInfoDto>;

export const adminContract = {
  getAuthState: publicMethod(z.tuple([]), authStateDto),
  createPin: publicMethod(z.tuple([pinArg]), authStateDto),
  unlock: publicMethod(z.tuple([pinArg]), unlockResultDto),
  lock: publicMethod(z.tuple([]), authStateDto),
  getStatus: adminMethod(z.tuple([]), systemStatusDto),
  /** The admin UI calls this while the referent works, so idle minutes count from input. */
  keepAlive: adminMethod(z.tuple([]), authStateDto),
  changePin: adminMethod(z.tuple([pinArg, pinArg]), authStateDto),
  /** Forgotten PIN: what to tell the federation. */
  recoveryInfo: publicMethod(z.tuple([]), recoveryInfoDto),
  /** Forgotten PIN: the federation's signed reset file, as text. */
  resetPin: publicMethod(z.tuple([z.string().max(10_000)]), authStateDto),
};
