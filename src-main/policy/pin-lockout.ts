/**
 * How wrong PINs are slowed down. Four wrong attempts are free (a referent mistypes);
 * the fifth locks admin mode for a minute, and each further failure doubles the wait,
 * up to an hour. A right PIN resets the count.
 */
export const FREE_ATTEMPTS = 4;
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 3600;

/** Seconds of lock-out imposed right after the `failures`-th consecutive failure. */
export function lockoutSecondsAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  const doublings = failures - FREE_ATTEMPTS - 1;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** doublings, MAX_LOCK_SECONDS);
}

/** Wrong attempts still allowed before the next lock-out. */
export function attemptsBeforeLock(failures: number): number {
  return failures < FREE_ATTEMPTS ? FREE_ATTEMPTS - failures : 0;
}
