import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Catalogue, Demarche, Theme } from '../../../src-main/api/contract/catalogue';
import type { CentreDto } from '../../../src-main/api/contract/namespaces/centre';
import type { PortalSettingsDto } from '../../../src-main/api/contract/namespaces/portal';
import { api } from '../../app/api';

export interface PortalData {
  centre: CentreDto;
  catalogue: Catalogue;
  settings: PortalSettingsDto;
  logo: string | null;
  /** The most used démarches when the data was loaded (the home screen refreshes it). */
  mostUsed: string[];
  demarche(id: string): Demarche | undefined;
  theme(id: string): Theme | undefined;
}

type PortalDataState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: PortalData };

const PortalDataContext = createContext<PortalDataState>({ status: 'loading' });

export const MOST_USED_COUNT = 6;

let preloaded: { promise: Promise<PortalData>; data?: PortalData } | null = null;

/**
 * Starts loading the portal's data at boot, in parallel with everything else, so that the
 * home screen's first render already has it (one render, one paint: the largest paint
 * comes early on a slow PC).
 */
export function preloadPortalData(): Promise<PortalData> {
  const entry: { promise: Promise<PortalData>; data?: PortalData } = { promise: loadPortalData() };
  preloaded = entry;
  entry.promise.then(
    (data) => {
      entry.data = data;
    },
    () => undefined,
  );
  return entry.promise;
}

async function loadPortalData(): Promise<PortalData> {
  const borne = api();
  const [centre, catalogue, settings, logo, mostUsed] = await Promise.all([
    borne.centre.get(),
    borne.catalogue.get(),
    borne.portal.getSettings(),
    borne.centre.getLogo().catch(() => null),
    borne.portal.mostUsed(MOST_USED_COUNT).catch(() => []),
  ]);
  const demarches = new Map(catalogue.demarches.map((each) => [each.id, each]));
  const themes = new Map(catalogue.themes.map((each) => [each.id, each]));
  return {
    centre,
    catalogue,
    settings,
    logo,
    mostUsed,
    demarche: (id) => demarches.get(id),
    theme: (id) => themes.get(id),
  };
}

/**
 * The centre, the catalogue and the portal settings, loaded once for every resident
 * screen and again when a referent saves the config. Everything here is local (no
 * network), so the portal opens the same without internet.
 */
export function PortalDataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<PortalDataState>(() =>
    preloaded?.data ? { status: 'ready', data: preloaded.data } : { status: 'loading' },
  );
  useEffect(() => {
    let current = true;
    const settle = (promise: Promise<PortalData>) =>
      promise.then(
        (data) => current && setState({ status: 'ready', data }),
        () => current && setState({ status: 'failed' }),
      );
    const load = () => settle(loadPortalData());
    if (!preloaded?.data) void settle(preloaded?.promise ?? loadPortalData());
    const unsubscribe = api().on('configChanged', () => void load());
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  return <PortalDataContext.Provider value={state}>{children}</PortalDataContext.Provider>;
}

export function usePortalData(): PortalDataState {
  return useContext(PortalDataContext);
}
