import { readFileSync } from 'node:fs';
import { catalogueSchema, type Catalogue, type Demarche } from '../../api/contract/catalogue';
import { toValidationIssues } from '../../api/contract/validation';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';
import { compareContentVersions } from '../content/content-version';
import { diffCatalogues, type CatalogueChanges } from './catalogue-changes';

/** Where the catalogue in force comes from: the federation's signed bundle, or the app. */
export type CatalogueSource = 'bundle' | 'shipped';

/** The catalogue in force when the file shipped with the app is unreadable: nothing to open. */
const EMPTY_CATALOGUE: Catalogue = {
  schemaVersion: 1,
  version: '0000.0.0',
  loginProviders: {
    franceconnect: ['franceconnect.gouv.fr'],
    'franceconnect-plus': ['franceconnect.gouv.fr'],
  },
  themes: [],
  demarches: [],
  synonyms: [],
};

/**
 * The catalogue of démarches in force, in two layers: the base catalogue shipped with the
 * app (kiosk-config/catalogue/base-catalogue.json) and the one from the federation's
 * signed content bundle. The newer of the two serves (an app update may ship a newer base
 * than the last bundle). The centre's own customisations (theme order and visibility,
 * custom links) live in its config and apply on top, in the portal.
 * A broken shipped file never stops the borne: the portal shows the centre's identity and
 * help, and admin mode names the field at fault.
 */
export class CatalogueStore {
  private readonly shipped: Catalogue;
  private federation: Catalogue | null = null;
  private catalogue: Catalogue;
  private byId: Map<string, Demarche>;

  constructor(
    private readonly file: string,
    private readonly notices: NoticeBoard,
    private readonly logger: Logger,
  ) {
    this.shipped = this.load();
    this.catalogue = this.shipped;
    this.byId = this.index();
  }

  get current(): Catalogue {
    return this.catalogue;
  }

  get source(): CatalogueSource {
    return this.catalogue === this.shipped ? 'shipped' : 'bundle';
  }

  get shippedVersion(): string {
    return this.shipped.version;
  }

  /**
   * Puts the federation's catalogue (already verified and validated) under the shipped
   * one, or removes it (null). Returns what changed for residents, or null if the
   * catalogue in force stayed the same.
   */
  useFederationCatalogue(catalogue: Catalogue | null): CatalogueChanges | null {
    this.federation = catalogue;
    const before = this.catalogue;
    const useBundle =
      catalogue !== null &&
      (this.shipped.demarches.length === 0 ||
        compareContentVersions(catalogue.version, this.shipped.version) >= 0);
    this.catalogue = useBundle ? catalogue : this.shipped;
    if (this.catalogue === before) return null;
    this.byId = this.index();
    this.logger.info('catalogue in force', {
      version: this.catalogue.version,
      source: this.source,
    });
    return diffCatalogues(before, this.catalogue);
  }

  /** The federation's catalogue, even when the shipped one is newer and serves instead. */
  get federationVersion(): string | null {
    return this.federation?.version ?? null;
  }

  find(demarcheId: string): Demarche | undefined {
    return this.byId.get(demarcheId);
  }

  private index(): Map<string, Demarche> {
    return new Map(this.catalogue.demarches.map((demarche) => [demarche.id, demarche]));
  }

  private load(): Catalogue {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(this.file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      return this.fail({ reason: String(error) });
    }
    const parsed = catalogueSchema.safeParse(value, { reportInput: true });
    if (parsed.success) return parsed.data;
    const issues = toValidationIssues(parsed.error).slice(0, 10);
    return this.fail({ reason: 'invalid' }, issues);
  }

  private fail(
    params: { reason: string },
    issues?: ReturnType<typeof toValidationIssues>,
  ): Catalogue {
    this.logger.error('base catalogue unreadable', { file: this.file, ...params });
    this.notices.add({
      code: 'catalogue-invalid',
      severity: 'error',
      params: { file: this.file, ...params },
      ...(issues ? { issues } : {}),
    });
    return EMPTY_CATALOGUE;
  }
}
