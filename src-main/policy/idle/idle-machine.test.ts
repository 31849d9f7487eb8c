import { describe, expect, it } from 'vitest';
import { IDLE_OFF, idleStep, nextDeadline, type IdleEvent, type IdleState } from './idle-machine';

const settings = { idleSeconds: 180, warningSeconds: 30 };

/** Runs events in order and collects the effects, like the service does. */
function run(events: IdleEvent[], from: IdleState = IDLE_OFF) {
  let state = from;
  const effects: string[] = [];
  for (const event of events) {
    const step = idleStep(state, event, settings);
    state = step.state;
    effects.push(
      ...step.effects.map((effect) =>
        effect.type === 'show-warning' ? `show-warning:${effect.secondsLeft}` : effect.type,
      ),
    );
  }
  return { state, effects };
}

const s = (seconds: number) => seconds * 1000;

describe('idle state machine (fake clock)', () => {
  it('does nothing without a resident session', () => {
    const result = run([
      { type: 'input', atMs: 0 },
      { type: 'tick', atMs: s(10_000) },
    ]);
    expect(result).toEqual({ state: IDLE_OFF, effects: [] });
    expect(nextDeadline(IDLE_OFF, settings)).toBeNull();
  });

  it('asks "Êtes-vous toujours là ?" after the idle time, then expires after the countdown', () => {
    const started = run([{ type: 'session-started', atMs: 0 }]);
    expect(nextDeadline(started.state, settings)).toBe(s(180));
    const result = run(
      [
        { type: 'tick', atMs: s(179) },
        { type: 'tick', atMs: s(180) },
        { type: 'tick', atMs: s(209) },
        { type: 'tick', atMs: s(210) },
      ],
      started.state,
    );
    expect(result.effects).toEqual(['show-warning:30', 'expire']);
    expect(result.state).toEqual({ phase: 'expired' });
    expect(nextDeadline(result.state, settings)).toBeNull();
  });

  it('restarts the idle time at every input', () => {
    const result = run([
      { type: 'session-started', atMs: 0 },
      { type: 'input', atMs: s(100) },
      { type: 'tick', atMs: s(180) },
      { type: 'input', atMs: s(250) },
      { type: 'tick', atMs: s(429) },
    ]);
    expect(result.effects).toEqual([]);
    expect(nextDeadline(result.state, settings)).toBe(s(430));
  });

  it('cancels the countdown at any input and waits a full idle time again', () => {
    const result = run([
      { type: 'session-started', atMs: 0 },
      { type: 'tick', atMs: s(180) },
      { type: 'input', atMs: s(195) },
      { type: 'tick', atMs: s(210) },
    ]);
    expect(result.effects).toEqual(['show-warning:30', 'cancel-warning']);
    expect(result.state).toMatchObject({ phase: 'watching', lastInputMs: s(195) });
    expect(nextDeadline(result.state, settings)).toBe(s(375));
  });

  it('stops the clock while a hold lasts (printing), and restarts it at release', () => {
    const held = run([
      { type: 'session-started', atMs: 0 },
      { type: 'hold', reason: 'printing', atMs: s(170) },
      { type: 'tick', atMs: s(900) },
    ]);
    expect(held.effects).toEqual([]);
    expect(nextDeadline(held.state, settings)).toBeNull();
    const released = run(
      [
        { type: 'hold', reason: 'file-chooser', atMs: s(901) },
        { type: 'release', reason: 'printing', atMs: s(950) },
        { type: 'tick', atMs: s(2000) },
        { type: 'release', reason: 'file-chooser', atMs: s(2001) },
      ],
      held.state,
    );
    expect(released.effects).toEqual([]);
    expect(nextDeadline(released.state, settings)).toBe(s(2181));
  });

  it('a hold started during the countdown cancels it', () => {
    const result = run([
      { type: 'session-started', atMs: 0 },
      { type: 'tick', atMs: s(180) },
      { type: 'hold', reason: 'printing', atMs: s(185) },
    ]);
    expect(result.effects).toEqual(['show-warning:30', 'cancel-warning']);
  });

  it('closes the countdown when the session ends another way (Terminer)', () => {
    const result = run([
      { type: 'session-started', atMs: 0 },
      { type: 'tick', atMs: s(180) },
      { type: 'session-ended' },
      { type: 'tick', atMs: s(400) },
    ]);
    expect(result.effects).toEqual(['show-warning:30', 'cancel-warning']);
    expect(result.state).toEqual(IDLE_OFF);
  });
});
