import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../api/contract/usage-event';
import { ResidentSessions } from '../resident-session/resident-sessions';
import { recordSessionStatistics } from './session-statistics';

describe('session statistics', () => {
  it("records a session's start and end, its length and how it ended", async () => {
    let clock = 1_000_000;
    const sessions = new ResidentSessions(() => clock);
    const recorded: [UsageEvent, string | null][] = [];
    recordSessionStatistics(sessions, { record: (event, id) => recorded.push([event, id]) });
    const session = sessions.ensureStarted();
    clock += 754_400;
    await sessions.end('idle');
    expect(recorded).toEqual([
      [{ type: 'session.start' }, session.id],
      [{ type: 'session.end', durationSeconds: 754, reason: 'idle' }, session.id],
    ]);
  });
});
