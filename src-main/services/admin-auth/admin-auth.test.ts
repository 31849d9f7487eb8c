import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../api/contract/errors';
import { runMigrations } from '../database/migrations';
import { AdminAuth } from './admin-auth';
import { adminAuthMigrations } from './migrations';
import { hashPin, PIN_SCRYPT_COST, verifyPin } from './pin-hash';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

function setup() {
  const db = new BetterSqlite3(':memory:');
  runMigrations(db, adminAuthMigrations);
  const clock = { ms: Date.parse('2026-11-25T09:00:00Z') };
  const changes: boolean[] = [];
  const make = () =>
    new AdminAuth({
      db,
      now: () => clock.ms,
      idleLockMs: 5 * 60_000,
      cost: CHEAP,
      onLockChange: (unlocked) => changes.push(unlocked),
    });
  return { db, clock, changes, auth: make(), make };
}

async function failure(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('PIN hash', () => {
  it('stores the scrypt cost with the hash and verifies only the right PIN', async () => {
    const encoded = await hashPin('482915');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(PIN_SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 3 });
    expect(await verifyPin('482915', encoded)).toBe(true);
    expect(await verifyPin('482916', encoded)).toBe(false);
    expect(await verifyPin('482915', 'plain$text')).toBe(false);
  });

  it('salts: the same PIN hashes differently twice', async () => {
    expect(await hashPin('482915', CHEAP)).not.toBe(await hashPin('482915', CHEAP));
  });
});

describe('admin auth', () => {
  it('starts with no PIN, creates one on first run and unlocks', async () => {
    const { auth, db, changes } = setup();
    expect(auth.state()).toEqual({
      pinSet: false,
      unlocked: false,
      lockedForSeconds: 0,
      attemptsBeforeLock: 0,
    });
    const state = await auth.createPin('482915');
    expect(state).toMatchObject({ pinSet: true, unlocked: true });
    const stored = db.prepare('SELECT pin_hash FROM admin_credentials').pluck().get() as string;
    expect(stored).not.toContain('482915');
    expect(changes).toEqual([true]);
  });

  it('refuses a weak PIN and a second creation', async () => {
    const { auth } = setup();
    expect((await failure(auth.createPin('123456'))).details.reason).toBe('pin-too-simple');
    await auth.createPin('482915');
    expect((await failure(auth.createPin('730194'))).code).toBe('conflict');
  });

  it('locks out after five wrong PINs with a growing delay that survives a restart', async () => {
    const { auth, clock, make } = setup();
    await auth.createPin('482915');
    auth.lock();
    const results = [];
    for (let attempt = 0; attempt < 5; attempt += 1) results.push(await auth.unlock('000001'));
    expect(results).toEqual([
      { status: 'wrong-pin', attemptsBeforeLock: 3 },
      { status: 'wrong-pin', attemptsBeforeLock: 2 },
      { status: 'wrong-pin', attemptsBeforeLock: 1 },
      { status: 'wrong-pin', attemptsBeforeLock: 0 },
      { status: 'locked', retryInSeconds: 60 },
    ]);
    const restarted = make();
    expect(await restarted.unlock('482915')).toEqual({ status: 'locked', retryInSeconds: 60 });
    clock.ms += 20_000;
    expect(restarted.state().lockedForSeconds).toBe(40);
    clock.ms += 40_000;
    expect(await restarted.unlock('000002')).toEqual({ status: 'locked', retryInSeconds: 120 });
    clock.ms += 120_000;
    expect(await restarted.unlock('482915')).toEqual({ status: 'unlocked' });
    expect(restarted.state()).toMatchObject({ unlocked: true, attemptsBeforeLock: 4 });
  });

  it('counts parallel guesses one by one', async () => {
    const { auth } = setup();
    await auth.createPin('482915');
    auth.lock();
    const guesses = await Promise.all(
      ['100001', '100002', '100003', '100004', '100005', '482915'].map((pin) => auth.unlock(pin)),
    );
    expect(guesses.map((guess) => guess.status)).toEqual([
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'locked',
      'locked',
    ]);
  });

  it('locks itself after idle minutes and on demand', async () => {
    const { auth, clock, changes } = setup();
    await auth.createPin('482915');
    clock.ms += 4 * 60_000;
    expect(auth.authorizeAdminCall()).toBe(true);
    clock.ms += 4 * 60_000;
    expect(auth.authorizeAdminCall()).toBe(true);
    clock.ms += 5 * 60_000 + 1;
    expect(auth.authorizeAdminCall()).toBe(false);
    expect(auth.state().unlocked).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('changes the PIN only with the current one, and counts a wrong one', async () => {
    const { auth } = setup();
    await auth.createPin('482915');
    await expect(auth.changePin('000000', '730194')).rejects.toMatchObject({
      details: { reason: 'pin-current-wrong' },
    });
    expect(auth.state().attemptsBeforeLock).toBe(3);
    await expect(auth.changePin('482915', '111111')).rejects.toMatchObject({
      details: { reason: 'pin-too-simple' },
    });
    await auth.changePin('482915', '730194');
    auth.lock();
    expect(await auth.unlock('482915')).toMatchObject({ status: 'wrong-pin' });
    expect(await auth.unlock('730194')).toEqual({ status: 'unlocked' });
  });
});
