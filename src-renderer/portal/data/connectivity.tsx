import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ConnectivityStatusDto } from '../../../src-main/api/contract/namespaces/connectivity';
import { api } from '../../app/api';

interface ConnectivityValue {
  status: ConnectivityStatusDto | null;
  /** Probes again now (the "Réessayer" button). */
  retry(): void;
  /** Whether the official site on this host answered at the last check. */
  reachable(host: string): boolean;
}

const ConnectivityContext = createContext<ConnectivityValue>({
  status: null,
  retry: () => undefined,
  reachable: () => true,
});

/** While something is down, ask again this often (the main side probes only when stale). */
const POLL_MS = 30_000;

/** Which official sites answer, as the main side's probes last saw it. */
export function ConnectivityProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<ConnectivityStatusDto | null>(null);
  const refresh = useCallback(() => {
    api()
      .connectivity.status()
      .then(setStatus, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const unsubscribe = api().on('connectivityChanged', refresh);
    const timer = setInterval(refresh, POLL_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [refresh]);
  const retry = useCallback(() => {
    setStatus((previous) => (previous ? { ...previous, checking: true } : previous));
    api()
      .connectivity.check()
      .then(setStatus, () => undefined);
  }, []);
  const reachable = useCallback(
    (host: string) => !(status?.unreachableHosts.includes(host) ?? false),
    [status],
  );
  return (
    <ConnectivityContext.Provider value={{ status, retry, reachable }}>
      {children}
    </ConnectivityContext.Provider>
  );
}

export function useConnectivity(): ConnectivityValue {
  return useContext(ConnectivityContext);
}
