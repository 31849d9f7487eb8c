import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createUsageHandlers(services: Services): ApiHandlers['usage'] {
  return {
    record(event) {
      if (!services.config.current.stats.enabled) return { recorded: false };
      services.usage.record(event, services.sessions.current?.id ?? null);
      return { recorded: true };
    },
  };
}
