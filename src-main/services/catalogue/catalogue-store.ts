import { readFileSync } from 'node:fs';
import { catalogueSchema, type Catalogue, type Demarche } from '../../api/contract/catalogue';
import { toValidationIssues } from '../../api/contract/validation';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';

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
 * The base catalogue of démarches (kiosk-config/catalogue/base-catalogue.json), validated.
 * A broken file never stops the borne: the portal shows the centre's identity and help,
 * and admin mode names the field at fault.
 */
export class CatalogueStore {
  private catalogue: Catalogue;
  private byId: Map<string, Demarche>;

  constructor(
    private readonly file: string,
    private readonly notices: NoticeBoard,
    private readonly logger: Logger,
  ) {
    this.catalogue = this.load();
    this.byId = new Map(this.catalogue.demarches.map((demarche) => [demarche.id, demarche]));
  }

  get current(): Catalogue {
    return this.catalogue;
  }

  find(demarcheId: string): Demarche | undefined {
    return this.byId.get(demarcheId);
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
