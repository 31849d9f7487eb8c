import type { ApiHandlers } from '../../api/contract';
import { ApiFailure } from '../../api/contract/errors';
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
    keepAlive: () => adminAuth.state(),
    changePin: (current, next) => adminAuth.changePin(current, next),
    recoveryInfo: () => ({
      available: services.pinRecovery.available,
      centreId: services.config.current.centre.id,
      challenge: services.pinRecovery.challenge(),
    }),
    resetPin(fileText) {
      const problem = services.pinRecovery.check(fileText, services.config.current.centre.id);
      if (problem) {
        services.logger.warn('PIN reset file refused', { reason: problem });
        throw new ApiFailure('invalid-argument', 'reset file refused', { reason: problem });
      }
      services.pinRecovery.rotate();
      services.logger.warn('PIN forgotten after a signed federation reset');
      return adminAuth.forgetPin();
    },
  };
}
