import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfoDto } from '../../src-main/api/contract/namespaces/app';

const AppInfoContext = createContext<AppInfoDto | null>(null);

export function AppInfoProvider({ info, children }: { info: AppInfoDto; children: ReactNode }) {
  return <AppInfoContext.Provider value={info}>{children}</AppInfoContext.Provider>;
}

/** Version, profile and languages of this borne, loaded once at start. */
export function useAppInfo(): AppInfoDto {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside AppInfoProvider');
  return info;
}
