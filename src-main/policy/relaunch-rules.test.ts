import { describe, expect, it } from 'vitest';
import { shouldRelaunch, type RelaunchInput } from './relaunch-rules';

const base: RelaunchInput = {
  profile: 'borne',
  enabled: true,
  at: '03:30',
  now: new Date(2026, 10, 25, 3, 31),
  launchedAt: new Date(2026, 10, 24, 8, 0),
  sessionOpen: false,
  poolNeedsRelaunch: false,
};

describe('relaunch rules', () => {
  it('relaunches once a night, after the chosen time', () => {
    expect(shouldRelaunch(base)).toBe(true);
    expect(shouldRelaunch({ ...base, now: new Date(2026, 10, 25, 3, 29) })).toBe(false);
    // Relaunched at 03:31: nothing more until the next night.
    expect(
      shouldRelaunch({
        ...base,
        launchedAt: new Date(2026, 10, 25, 3, 31),
        now: new Date(2026, 10, 25, 17, 0),
      }),
    ).toBe(false);
    // Switched on at 09:00, ran all day: the next night's slot counts.
    expect(
      shouldRelaunch({
        ...base,
        launchedAt: new Date(2026, 10, 25, 9, 0),
        now: new Date(2026, 10, 26, 4, 0),
      }),
    ).toBe(true);
  });

  it('never interrupts a resident, and leaves a nomade laptop alone', () => {
    expect(shouldRelaunch({ ...base, sessionOpen: true })).toBe(false);
    expect(shouldRelaunch({ ...base, sessionOpen: true, poolNeedsRelaunch: true })).toBe(false);
    expect(shouldRelaunch({ ...base, profile: 'nomade' })).toBe(false);
    expect(shouldRelaunch({ ...base, enabled: false })).toBe(false);
  });

  it('relaunches between residents after a failed wipe, whatever the hour', () => {
    expect(
      shouldRelaunch({
        ...base,
        now: new Date(2026, 10, 25, 15, 0),
        launchedAt: new Date(2026, 10, 25, 9, 0),
        poolNeedsRelaunch: true,
      }),
    ).toBe(true);
  });
});
