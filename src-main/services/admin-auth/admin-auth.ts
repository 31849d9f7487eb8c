import type { Database } from 'better-sqlite3';
import type { AuthStateDto, UnlockResultDto } from '../../api/contract/namespaces/admin';
import { ApiFailure } from '../../api/contract/errors';
import { attemptsBeforeLock, lockoutSecondsAfter } from '../../policy/pin-lockout';
import { checkNewPin } from '../../policy/pin-rules';
import { hashPin, PIN_SCRYPT_COST, verifyPin, type ScryptCost } from './pin-hash';

interface CredentialsRow {
  pin_hash: string;
  failures: number;
  locked_until_ms: number;
}

export interface AdminAuthOptions {
  db: Database;
  now?: () => number;
  /** Admin mode locks itself after this long without an admin call. */
  idleLockMs?: number;
  cost?: ScryptCost;
  onLockChange?: (unlocked: boolean) => void;
}

/**
 * The referent's PIN and the admin session. The PIN is kept only as a slow salted hash in
 * the database (never in the config); failures and lock-outs survive a restart. The
 * unlocked state lives in memory: a restart always locks.
 */
export class AdminAuth {
  private unlockedAt: number | null = null;
  private lastAdminActivity = 0;
  private attempts: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  private readonly idleLockMs: number;
  private readonly cost: ScryptCost;

  constructor(private readonly options: AdminAuthOptions) {
    this.now = options.now ?? Date.now;
    this.idleLockMs = options.idleLockMs ?? 5 * 60_000;
    this.cost = options.cost ?? PIN_SCRYPT_COST;
  }

  state(): AuthStateDto {
    const row = this.row();
    return {
      pinSet: row !== undefined,
      unlocked: this.isUnlocked(),
      lockedForSeconds: row ? this.secondsLocked(row) : 0,
      attemptsBeforeLock: row ? attemptsBeforeLock(row.failures) : 0,
    };
  }

  /** First run only: sets the PIN and opens admin mode. */
  async createPin(pin: string): Promise<AuthStateDto> {
    if (this.row())
      throw new ApiFailure('conflict', 'a PIN is already set', { reason: 'pin-already-set' });
    const problem = checkNewPin(pin);
    if (problem) throw new ApiFailure('invalid-argument', 'PIN refused', { reason: problem });
    const hash = await hashPin(pin, this.cost);
    this.options.db
      .prepare(
        `INSERT INTO admin_credentials (id, pin_hash, failures, locked_until_ms, updated_at)
         VALUES (1, ?, 0, 0, ?)`,
      )
      .run(hash, new Date(this.now()).toISOString());
    this.openSession();
    return this.state();
  }

  /** While unlocked: replaces the PIN after checking the current one (counted as an attempt). */
  async changePin(current: string, next: string): Promise<AuthStateDto> {
    if (!this.isUnlocked()) throw new ApiFailure('forbidden', 'admin mode is locked');
    const check = await this.unlock(current);
    if (check.status !== 'unlocked') {
      throw new ApiFailure('invalid-argument', 'current PIN wrong', {
        reason: check.status === 'locked' ? 'pin-locked' : 'pin-current-wrong',
        ...(check.status === 'locked' ? { retryInSeconds: check.retryInSeconds } : {}),
      });
    }
    const problem = checkNewPin(next);
    if (problem) throw new ApiFailure('invalid-argument', 'PIN refused', { reason: problem });
    const hash = await hashPin(next, this.cost);
    this.options.db
      .prepare('UPDATE admin_credentials SET pin_hash = ?, updated_at = ? WHERE id = 1')
      .run(hash, new Date(this.now()).toISOString());
    return this.state();
  }

  /**
   * Forgets the PIN (after a verified recovery): the next entry to admin mode asks for a
   * new one, as on first run.
   */
  forgetPin(): AuthStateDto {
    this.options.db.prepare('DELETE FROM admin_credentials').run();
    this.lock();
    return this.state();
  }

  /** Attempts run one after another, so parallel guesses cannot skip the count. */
  unlock(pin: string): Promise<UnlockResultDto> {
    const attempt = this.attempts.then(() => this.tryUnlock(pin));
    this.attempts = attempt.catch(() => undefined);
    return attempt;
  }

  lock(): AuthStateDto {
    if (this.unlockedAt !== null) {
      this.unlockedAt = null;
      this.options.onLockChange?.(false);
    }
    return this.state();
  }

  /** Gate for admin API calls: true while unlocked and not idle; refreshes the idle timer. */
  authorizeAdminCall(): boolean {
    if (!this.isUnlocked()) return false;
    this.lastAdminActivity = this.now();
    return true;
  }

  private async tryUnlock(pin: string): Promise<UnlockResultDto> {
    const row = this.row();
    if (!row) throw new ApiFailure('conflict', 'no PIN set yet', { reason: 'no-pin' });
    const wait = this.secondsLocked(row);
    if (wait > 0) return { status: 'locked', retryInSeconds: wait };
    if (await verifyPin(pin, row.pin_hash)) {
      this.saveFailures(0, 0);
      this.openSession();
      return { status: 'unlocked' };
    }
    const failures = row.failures + 1;
    const lockSeconds = lockoutSecondsAfter(failures);
    this.saveFailures(failures, lockSeconds > 0 ? this.now() + lockSeconds * 1000 : 0);
    if (lockSeconds > 0) return { status: 'locked', retryInSeconds: lockSeconds };
    return { status: 'wrong-pin', attemptsBeforeLock: attemptsBeforeLock(failures) };
  }

  private isUnlocked(): boolean {
    if (this.unlockedAt === null) return false;
    if (this.now() - this.lastAdminActivity > this.idleLockMs) {
      this.lock();
      return false;
    }
    return true;
  }

  private openSession(): void {
    this.unlockedAt = this.now();
    this.lastAdminActivity = this.now();
    this.options.onLockChange?.(true);
  }

  private secondsLocked(row: CredentialsRow): number {
    return Math.max(0, Math.ceil((row.locked_until_ms - this.now()) / 1000));
  }

  private row(): CredentialsRow | undefined {
    return this.options.db
      .prepare<[], CredentialsRow>(
        'SELECT pin_hash, failures, locked_until_ms FROM admin_credentials WHERE id = 1',
      )
      .get();
  }

  private saveFailures(failures: number, lockedUntilMs: number): void {
    this.options.db
      .prepare(
        'UPDATE admin_credentials SET failures = ?, locked_until_ms = ?, updated_at = ? WHERE id = 1',
      )
      .run(failures, lockedUntilMs, new Date(this.now()).toISOString());
  }
}
