import type { ApiHandlers } from '../../api/contract';
import type { CentreIdentity } from '../../api/contract/config/identity';
import type { CentreDto } from '../../api/contract/namespaces/centre';
import type { Services } from '../create-services';

/** What the portal shows of a centre identity (also the admin preview's home screen). */
export function centreToDto(centre: CentreIdentity): CentreDto {
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
}

export function createCentreHandlers(services: Services): ApiHandlers['centre'] {
  return {
    get: () => centreToDto(services.config.current.centre),
    getLogo() {
      const { logo } = services.config.current.centre;
      return logo ? services.logos.dataUrl(logo) : null;
    },
  };
}
