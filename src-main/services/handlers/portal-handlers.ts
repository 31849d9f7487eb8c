import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createPortalHandlers(services: Services): ApiHandlers['portal'] {
  return {
    getSettings() {
      const { portal, session } = services.config.current;
      return { themes: portal.themes, optionalQuestions: session.optionalQuestions };
    },
    mostUsed(limit) {
      return services.mostUsed.list(limit, (id) => services.catalogue.find(id) !== undefined);
    },
  };
}
