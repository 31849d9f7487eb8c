import type { UsageEvent } from '../../api/contract/usage-event';

/**
 * Where services and the API send usage events. The statistics service implements it
 * (append-only SQLite, retention, Matomo sync); `sessionId` links an event to the
 * resident session it happened in (null outside one, e.g. a heartbeat).
 */
export interface UsageRecorder {
  record(event: UsageEvent, sessionId: string | null): void;
}
