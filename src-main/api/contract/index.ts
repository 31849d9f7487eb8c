import type { ClientOf, HandlersOf } from './define';
import type { ApiEventMap } from './events';
import { adminContract } from './namespaces/admin';
import { appContract } from './namespaces/app';
import { centreContract } from './namespaces/centre';
import { catalogueContract } from './namespaces/catalogue';
import { configContract } from './namespaces/config';
import { sessionContract } from './namespaces/session';
import { usageContract } from './namespaces/usage';
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
