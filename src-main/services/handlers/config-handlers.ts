import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createConfigHandlers(services: Services): ApiHandlers['config'] {
  return {
    get: () => services.config.current,
    validate(candidate) {
      const issues = services.config.check(candidate);
      return { valid: issues.length === 0, issues };
    },
    update: (candidate) => services.configEditor.save(candidate),
  };
}
