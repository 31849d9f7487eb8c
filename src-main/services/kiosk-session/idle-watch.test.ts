import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../test-support/fake-clock';
import { IdleWatch } from './idle-watch';

function setup(settings = { idleSeconds: 180, warningSeconds: 30 }) {
  const fake = createFakeClock();
  const seen: string[] = [];
  const watch = new IdleWatch({
    clock: fake.clock,
    settings: () => settings,
    onWarning: (secondsLeft) => seen.push(`warning:${secondsLeft}@${fake.clock.now() / 1000}`),
    onCancelled: () => seen.push(`cancelled@${fake.clock.now() / 1000}`),
    onExpired: () => seen.push(`expired@${fake.clock.now() / 1000}`),
  });
  return { fake, seen, watch, settings };
}

describe('idle watch (fake clock)', () => {
  it('warns after the idle time and expires after the countdown', () => {
    const { fake, seen, watch } = setup();
    watch.sessionStarted();
    fake.advance(179_000);
    expect(seen).toEqual([]);
    fake.advance(1000);
    expect(seen).toEqual(['warning:30@180']);
    fake.advance(30_000);
    expect(seen).toEqual(['warning:30@180', 'expired@210']);
    expect(fake.pending()).toBe(0);
  });

  it('any input cancels the countdown, and says so', () => {
    const { fake, seen, watch } = setup();
    watch.sessionStarted();
    fake.advance(190_000);
    expect(watch.input()).toBe(true);
    expect(watch.input()).toBe(false);
    fake.advance(179_000);
    expect(seen).toEqual(['warning:30@180', 'cancelled@190']);
    fake.advance(1000);
    expect(seen).toEqual(['warning:30@180', 'cancelled@190', 'warning:30@370']);
  });

  it('never runs without a session, and stops when the session ends', () => {
    const { fake, seen, watch } = setup();
    watch.input();
    fake.advance(3_600_000);
    watch.sessionStarted();
    fake.advance(100_000);
    watch.sessionEnded();
    fake.advance(3_600_000);
    expect(seen).toEqual([]);
    expect(watch.phase).toBe('off');
  });

  it('holds the clock while printing', () => {
    const { fake, seen, watch } = setup();
    watch.sessionStarted();
    watch.hold('printing');
    fake.advance(3_600_000);
    watch.release('printing');
    fake.advance(180_000);
    expect(seen).toEqual(['warning:30@3780']);
  });

  it("follows the referent's new idle time for the running session", () => {
    const { fake, seen, watch, settings } = setup();
    watch.sessionStarted();
    fake.advance(60_000);
    settings.idleSeconds = 90;
    watch.settingsChanged();
    fake.advance(30_000);
    expect(seen).toEqual(['warning:30@90']);
  });
});
