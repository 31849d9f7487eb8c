import type { ClientOf, HandlersOf } from './define';
import type { ApiEventMap } from './events';
import { adminContract } from './namespaces/admin';
import { appContract } from './namespaces/app';
import { centreContract } from './namespaces/centre';
import { catalogueContract } from './namespaces/catalogue';
import { configContract } from './namespaces/config';
import { sessionContract } from './namespaces/session';
import { siteContract } from './namespaces/site';
import { usageContract } from './namespaces/usage';
import { customiseContract } from './namespaces/customise';
import { configHistoryContract } from './namespaces/config-history';
import { maintenanceContract } from './namespaces/maintenance';
import { updatesContract } from './namespaces/updates';
import { printContract } from './namespaces/print';
import { statsContract } from './namespaces/stats';
import { remindersContract } from './namespaces/reminders';
import { directoryContract } from './namespaces/directory';
import { glossaryContract } from './namespaces/glossary';
import { accompanimentsContract } from './namespaces/accompaniments';
import { sheetsContract } from './namespaces/sheets';
import { portalContract } from './namespaces/portal';
import { connectivityContract } from './namespaces/connectivity';

/**
 * Everything the renderer may ask of the main side. Add a namespace in namespaces/,
 * list it here, and list its method names in ../method-names.ts.
 */
export const apiContract = {
  app: appContract,
  centre: centreContract,
  admin: adminContract,
  config: configContract,
  catalogue: catalogueContract,
  session: sessionContract,
  usage: usageContract,
  customise: customiseContract,
  configHistory: configHistoryContract,
  maintenance: maintenanceContract,
  updates: updatesContract,
  print: printContract,
  site: siteContract,
  stats: statsContract,
  reminders: remindersContract,
  directory: directoryContract,
  glossary: glossaryContract,
  accompaniments: accompanimentsContract,
  sheets: sheetsContract,
  portal: portalContract,
  connectivity: connectivityContract,
};

export type ApiContract = typeof apiContract;

/** The API as the renderer sees it on `window.borne`. */
export type BorneApi = ClientOf<ApiContract> & {
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on<Name extends keyof ApiEventMap>(
    event: Name,
    listener: (payload: ApiEventMap[Name]) => void,
  ): () => void;
};

/** What the services implement, one object per namespace. */
export type ApiHandlers = HandlersOf<ApiContract>;
