import type { Catalogue, Demarche } from '../../api/contract/catalogue';
import type { CentreConfig } from '../../api/contract/config';
import { applyCentreCustomisations } from '../../policy/catalogue-customisation';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { ConfigStore } from '../config/config-store';

/**
 * The catalogue residents see: the base catalogue with the centre's customisations
 * applied, recomputed only when the config or the base catalogue changes. The allowlist
 * reads démarches (custom links included) from here, so a hidden démarche opens nothing.
 */
export class ResidentCatalogue {
  private cache: { base: Catalogue; portal: CentreConfig['portal']; result: Catalogue } | null =
    null;

  constructor(
    private readonly base: CatalogueStore,
    private readonly config: ConfigStore,
  ) {}

  get current(): Catalogue {
    const base = this.base.current;
    const { portal } = this.config.current;
    if (this.cache?.base !== base || this.cache.portal !== portal) {
      this.cache = { base, portal, result: applyCentreCustomisations(base, portal) };
    }
    return this.cache.result;
  }

  /** A démarche or custom link a resident may open, or undefined (hidden, unknown). */
  find(demarcheId: string): Demarche | undefined {
    return this.current.demarches.find((demarche) => demarche.id === demarcheId);
  }
}
