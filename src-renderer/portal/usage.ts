import type { UsageEvent } from '../../src-main/api/contract/usage-event';
import { api } from '../app/api';

/**
 * Records an anonymous usage event (ids and counts, never typed text). A statistic that
 * cannot be recorded must never disturb the resident, so failures are dropped here.
 */
export function recordUsage(event: UsageEvent): void {
  api()
    .usage.record(event)
    .catch(() => undefined);
}
