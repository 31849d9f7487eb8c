import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createConfigHistoryHandlers(services: Services): ApiHandlers['configHistory'] {
  return {
    list: () => services.configHistory.list(),
    restore: (id) => services.configEditor.restoreVersion(id),
    undo: () => services.configEditor.undo(),
  };
}
