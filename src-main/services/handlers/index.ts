import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';
import { createAdminHandlers } from './admin-handlers';
import { createAppHandlers } from './app-handlers';
import { createCentreHandlers } from './centre-handlers';
import { createCatalogueHandlers } from './catalogue-handlers';
import { createConfigHandlers } from './config-handlers';
import { createSessionHandlers } from './session-handlers';
import { createSiteHandlers } from './site-handlers';
import { createUsageHandlers } from './usage-handlers';
import { createCustomiseHandlers } from './customise-handlers';
import { createConfigHistoryHandlers } from './config-history-handlers';
import { createMaintenanceHandlers } from './maintenance-handlers';
import { createUpdatesHandlers } from './updates-handlers';
import { createPrintHandlers } from './print-handlers';
import { createStatsHandlers } from './stats-handlers';
import { createRemindersHandlers } from './reminders-handlers';
import { createDirectoryHandlers } from './directory-handlers';
import { createGlossaryHandlers } from './glossary-handlers';
import { createAccompanimentsHandlers } from './accompaniments-handlers';
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
    customise: createCustomiseHandlers(services),
    configHistory: createConfigHistoryHandlers(services),
    maintenance: createMaintenanceHandlers(services),
    updates: createUpdatesHandlers(services),
    print: createPrintHandlers(services),
    site: createSiteHandlers(services),
    stats: createStatsHandlers(services),
    reminders: createRemindersHandlers(services),
    directory: createDirectoryHandlers(services),
    glossary: createGlossaryHandlers(services),
    accompaniments: createAccompanimentsHandlers(services),
    sheets: createSheetsHandlers(services),
    portal: createPortalHandlers(services),
    connectivity: createConnectivityHandlers(services),
  };
}
