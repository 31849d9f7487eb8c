import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createAdminHandlers(services: Services): ApiHandlers['admin'] {
  const { adminAuth } = services;
  return {
    getAuthState: () => adminAuth.state(),
    createPin: (pin) => adminAuth.createPin(pin),
    unlock: (pin) => adminAuth.unlock(pin),
    lock: () => adminAuth.lock(),
    getStatus() {
      return {
        notices: services.notices.list(),
        config: { file: services.config.file, source: services.config.source },
        database: { file: services.paths.databaseFile, inMemory: services.dbInMemory },
        secrets: { protection: services.secrets.protection },
      };
    },
  };
}
