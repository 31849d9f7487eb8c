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
  demarche(id: string): Demarche | undefined;
  theme(id: string): Theme | undefined;
}

type PortalDataState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: PortalData };

const PortalDataContext = createContext<PortalDataState>({ status: 'loading' });

async function loadPortalData(): Promise<PortalData> {
  const borne = api();
  const [centre, catalogue, settings, logo] = await Promise.all([
    borne.centre.get(),
    borne.catalogue.get(),
    borne.portal.getSettings(),
    borne.centre.getLogo().catch(() => null),
  ]);
  const demarches = new Map(catalogue.demarches.map((each) => [each.id, each]));
  const themes = new Map(catalogue.themes.map((each) => [each.id, each]));
  return {
    centre,
    catalogue,
    settings,
    logo,
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
  const [state, setState] = useState<PortalDataState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const load = () =>
      loadPortalData().then(
        (data) => current && setState({ status: 'ready', data }),
        () => current && setState({ status: 'failed' }),
      );
    void load();
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
