import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createAppHandlers(services: Services): ApiHandlers['app'] {
  return {
    getInfo() {
      const { profile, languages } = services.config.current;
      return {
        version: services.appVersion,
        transport: services.transport,
        profile,
        languages,
      };
    },
  };
}
