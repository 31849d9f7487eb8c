import type { ApiHandlers } from '../../api/contract';
import { EXTRA_ACCOMPANIMENT_TOPICS } from '../../api/contract/accompaniment';
import type { Services } from '../create-services';

export function createAccompanimentsHandlers(services: Services): ApiHandlers['accompaniments'] {
  const { accompaniments, recordUsage } = services.tools;
  return {
    topics() {
      const { themes, demarches } = services.catalogue.current;
      const themeIds = [
        ...new Set([
          ...themes.map((theme) => theme.id),
          ...services.config.current.portal.themes.map((theme) => theme.id),
        ]),
      ];
      return {
        themes: themeIds.map((themeId) => ({
          themeId,
          demarcheIds: demarches
            .filter((demarche) => demarche.themeId === themeId)
            .map((demarche) => demarche.id),
        })),
        extras: [...EXTRA_ACCOMPANIMENT_TOPICS],
      };
    },
    record(entry) {
      const { day } = accompaniments.record(entry);
      return { day, sentToStatistics: recordUsage({ type: 'accompaniment', ...entry }) };
    },
    year: (year) => accompaniments.year(year),
  };
}
