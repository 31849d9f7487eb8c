import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';
import { createAdminHandlers } from './admin-handlers';
import { createAppHandlers } from './app-handlers';
import { createCentreHandlers } from './centre-handlers';
import { createCatalogueHandlers } from './catalogue-handlers';
import { createConfigHandlers } from './config-handlers';
import { createSessionHandlers } from './session-handlers';
import { createUsageHandlers } from './usage-handlers';
import { createSheetsHandlers } from './sheets-handlers';
import { createPortalHandlers } from './portal-handlers';
import { createConnectivityHandlers } from './connectivity-handlers';

/** The services' implementation of the API contract, one file per namespace. */
export function createApiHandlers(services: Services): ApiHandlers {
  return {
    app: createAppHandlers(services),
    centre: createCentreHandlers(services),
    admin: createAdminHandlers(services),
    config: createConfigHandlers(services),
    catalogue: createCatalogueHandlers(services),
    session: createSessionHandlers(services),
    usage: createUsageHandlers(services),
    sheets: createSheetsHandlers(services),
    portal: createPortalHandlers(services),
    connectivity: createConnectivityHandlers(services),
  };
}
