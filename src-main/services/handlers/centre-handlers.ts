import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';
import { readLogoDataUrl } from '../centre-logo/centre-logo';

export function createCentreHandlers(services: Services): ApiHandlers['centre'] {
  return {
    get() {
      const { centre } = services.config.current;
      return {
        id: centre.id,
        name: centre.name,
        territory: centre.territory,
        address: centre.address,
        phone: centre.phone,
        ...(centre.email ? { email: centre.email } : {}),
        helpText: centre.helpText,
        hours: centre.hours,
      };
    },
    getLogo() {
      const { logo } = services.config.current.centre;
      return logo ? readLogoDataUrl(services.paths, logo) : null;
    },
  };
}
