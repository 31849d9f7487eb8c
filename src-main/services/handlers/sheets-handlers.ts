import type { ApiHandlers } from '../../api/contract';
import { ApiFailure } from '../../api/contract/errors';
import type { Services } from '../create-services';

export function createSheetsHandlers(services: Services): ApiHandlers['sheets'] {
  return {
    get(sheetId, language) {
      const loaded = services.sheets.get(sheetId, language);
      if (!loaded) throw new ApiFailure('not-found', `no help sheet "${sheetId}"`);
      return loaded.dto;
    },
  };
}
