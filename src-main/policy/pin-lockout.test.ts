import { describe, expect, it } from 'vitest';
import { attemptsBeforeLock, lockoutSecondsAfter } from './pin-lockout';

describe('PIN lock-out', () => {
  it('lets four mistakes pass, then locks for growing delays capped at an hour', () => {
    expect([1, 2, 3, 4].map(lockoutSecondsAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(lockoutSecondsAfter)).toEqual([60, 120, 240, 480]);
    expect(lockoutSecondsAfter(30)).toBe(3600);
  });

  it('counts the attempts left before the lock', () => {
    expect([0, 1, 3, 4, 9].map(attemptsBeforeLock)).toEqual([4, 3, 1, 0, 0]);
  });
});
