import { describe, expect, it } from 'vitest';
import { watchForRelaunch } from './relaunch-watch';

describe('relaunch watch', () => {
  it('relaunches once, at the first check after the night slot with no session open', () => {
    let clock = new Date(2026, 10, 24, 22, 0);
    let sessionOpen = true;
    let tick: () => void = () => {};
    let relaunched = 0;
    watchForRelaunch({
      facts: () => ({
        profile: 'borne',
        enabled: true,
        at: '03:30',
        sessionOpen,
        poolNeedsRelaunch: false,
      }),
      relaunch: () => (relaunched += 1),
      now: () => clock,
      every: (run) => {
        tick = run;
        return () => {};
      },
    });
    tick();
    clock = new Date(2026, 10, 25, 3, 31);
    tick();
    expect(relaunched).toBe(0);
    sessionOpen = false;
    tick();
    tick();
    expect(relaunched).toBe(1);
  });
});
