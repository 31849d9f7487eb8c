import { describe, expect, it } from 'vitest';
import { ResidentSessions } from './resident-sessions';

describe('resident sessions', () => {
  it('opens one session at a time and runs every end hook, even after one fails', async () => {
    let clock = 1000;
    const errors: unknown[] = [];
    const sessions = new ResidentSessions(
      () => clock,
      (error) => errors.push(error),
    );
    const cleaned: string[] = [];
    sessions.onEnded((ended) => cleaned.push(`clean:${ended.reason}`));
    sessions.onEnd(() => {
      throw new Error('printer folder locked');
    });
    sessions.onEnd(async (ended) => {
      await Promise.resolve();
      cleaned.push(`${ended.reason}:${ended.endedAtMs - ended.startedAtMs}`);
    });

    const first = sessions.ensureStarted();
    expect(sessions.ensureStarted()).toBe(first);
    clock = 61_000;
    const ended = await sessions.end('idle');
    expect(ended?.id).toBe(first.id);
    expect(cleaned).toEqual(['idle:60000', 'clean:idle']);
    expect(errors).toHaveLength(1);
    expect(sessions.current).toBeNull();
    expect(await sessions.end('finished')).toBeNull();
    expect(sessions.ensureStarted().id).not.toBe(first.id);
  });
});
