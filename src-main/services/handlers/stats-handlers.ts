import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createStatsHandlers(services: Services): ApiHandlers['stats'] {
  const { stats } = services;
  return {
    dashboard: (period) => stats.dashboardFor(period),
    syncStatus: () => stats.syncStatus(),
    setMatomoToken: (token) => stats.setMatomoToken(token),
    clearMatomoToken: () => stats.clearMatomoToken(),
    syncNow: () => stats.syncNow(),
  };
}
