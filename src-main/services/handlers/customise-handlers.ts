import type { ApiHandlers } from '../../api/contract';
import type { Catalogue } from '../../api/contract/catalogue';
import type { CentreConfig } from '../../api/contract/config';
import { centreIdentitySchema } from '../../api/contract/config/identity';
import { portalSchema } from '../../api/contract/config/portal';
import { customLinkSchema } from '../../api/contract/config/portal-demarches';
import type { DemarcheEntryDto, ThemeEntryDto } from '../../api/contract/namespaces/customise';
import { orderedDemarches, orderedThemes } from '../../policy/catalogue-customisation';
import type { Services } from '../create-services';
import { centreToDto } from './centre-handlers';

export function createCustomiseHandlers(services: Services): ApiHandlers['customise'] {
  return {
    preview(candidate) {
      const draft = (typeof candidate === 'object' && candidate !== null ? candidate : {}) as {
        centre?: unknown;
        portal?: unknown;
      };
      const portal = lenientPortal(draft.portal) ?? services.config.current.portal;
      const centre = centreIdentitySchema.safeParse(draft.centre);
      const base = services.catalogue.current;
      return {
        issues: services.config.check(candidate),
        themes: themeEntries(base, portal),
        demarches: demarcheEntries(base, portal),
        centre: centre.success ? centreToDto(centre.data) : null,
        logo: centre.success && centre.data.logo ? services.logos.dataUrl(centre.data.logo) : null,
      };
    },
    uploadLogo(base64) {
      const fileName = services.logos.save(Buffer.from(base64, 'base64'));
      services.logger.info('logo stored', { fileName });
      return { fileName, dataUrl: services.logos.dataUrl(fileName) ?? '' };
    },
  };
}

/**
 * The draft's portal section for the editor's lists, even while one custom link is still
 * wrong (its own field says so): the invalid links are left out, the rest is shown.
 */
function lenientPortal(value: unknown): CentreConfig['portal'] | undefined {
  const whole = portalSchema.safeParse(value);
  if (whole.success) return whole.data;
  if (typeof value !== 'object' || value === null) return undefined;
  const links = (value as { customLinks?: unknown }).customLinks;
  const validLinks = Array.isArray(links)
    ? links.filter((link) => customLinkSchema.safeParse(link).success)
    : [];
  const retry = portalSchema.safeParse({ ...value, customLinks: validLinks });
  return retry.success ? retry.data : undefined;
}

function themeEntries(base: Catalogue, portal: CentreConfig['portal']): ThemeEntryDto[] {
  return orderedThemes(base, portal).map(({ theme, visible, label }) => ({
    id: theme.id,
    title: theme.title,
    icon: theme.icon,
    visible,
    ...(label ? { label } : {}),
  }));
}

function demarcheEntries(base: Catalogue, portal: CentreConfig['portal']): DemarcheEntryDto[] {
  const published = new Map(base.demarches.map((item) => [item.id, item.keywords]));
  return orderedDemarches(base, portal).map(({ demarche, visible }) => ({
    id: demarche.id,
    themeId: demarche.themeId,
    title: demarche.title,
    url: demarche.startUrl,
    origin: demarche.origin,
    visible,
    keywords: demarche.keywords,
    publishedKeywords: published.get(demarche.id) ?? demarche.keywords,
  }));
}
