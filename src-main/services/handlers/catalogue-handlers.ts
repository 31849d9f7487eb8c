import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createCatalogueHandlers(services: Services): ApiHandlers['catalogue'] {
  return {
    get: () => services.residentCatalogue.current,
  };
}
