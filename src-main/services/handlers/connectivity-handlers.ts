import type { ApiHandlers } from '../../api/contract';
import type { ConnectivityStatusDto } from '../../api/contract/namespaces/connectivity';
import type { ConnectivitySnapshot } from '../connectivity/connectivity-monitor';
import type { Services } from '../create-services';

const toDto = (snapshot: ConnectivitySnapshot): ConnectivityStatusDto => ({
  state: snapshot.state,
  checking: snapshot.checking,
  checkedAt: snapshot.checkedAtMs === null ? null : new Date(snapshot.checkedAtMs).toISOString(),
  unreachableHosts: snapshot.unreachableHosts,
});

export function createConnectivityHandlers(services: Services): ApiHandlers['connectivity'] {
  return {
    status: () => toDto(services.connectivity.status()),
    check: async () => toDto(await services.connectivity.check()),
  };
}
