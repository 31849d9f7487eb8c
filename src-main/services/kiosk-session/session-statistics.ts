import type { UsageRecorder } from '../stats/usage-recorder';
import type { ResidentSessions } from '../resident-session/resident-sessions';

/**
 * Records each resident session's start and end (length in seconds and how it ended:
 * "Terminer", the idle countdown, a crash recovery, admin mode). Nothing else of the
 * session: no démarche list, no pages.
 */
export function recordSessionStatistics(
  sessions: Pick<ResidentSessions, 'onStart' | 'onEnded'>,
  usage: UsageRecorder,
): () => void {
  const offStart = sessions.onStart((session) =>
    usage.record({ type: 'session.start' }, session.id),
  );
  const offEnd = sessions.onEnded((ended) =>
    usage.record(
      {
        type: 'session.end',
        durationSeconds: Math.max(0, Math.round((ended.endedAtMs - ended.startedAtMs) / 1000)),
        reason: ended.reason,
      },
      ended.id,
    ),
  );
  return () => {
    offStart();
    offEnd();
  };
}
