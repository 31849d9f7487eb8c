import { catalogueSchema, type Catalogue } from '../../api/contract/catalogue';
import { contentBundleUrl } from '../../api/contract/config/updates';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { ConfigStore } from '../config/config-store';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';
import { loadKeyring, type Keyring } from '../signing/ed25519';
import { startPeriodicCheck } from '../updates/periodic-check';
import { ChangeLog, partChanges } from './change-log';
import { ContentStore, type ContentChange } from './content-store';
import { ContentSync, type ContentCheck } from './content-sync';
import { CONTENT_PART_SCHEMAS } from './part-schemas';

/** Consecutive failed fetches before admin mode says the server cannot be reached. */
const UNREACHABLE_NOTICE_AFTER = 4;

export interface ContentUpdatesOptions {
  contentDir: string;
  trustedKeysDir: string;
  config: ConfigStore;
  catalogue: CatalogueStore;
  notices: NoticeBoard;
  logger: Logger;
  fetch?: typeof fetch;
}

/**
 * The federation's signed content on this borne: the bundle in force (store), its
 * fetching (sync, on a schedule), the catalogue layer it feeds, and what admin mode is
 * told (what changed, what was refused).
 */
export class ContentUpdates {
  readonly store: ContentStore;
  readonly sync: ContentSync;
  readonly changes: ChangeLog;
  readonly keyring: Keyring;
  private schedule: { stop(): void } | null = null;

  constructor(private readonly options: ContentUpdatesOptions) {
    const { notices, logger } = options;
    this.keyring = loadKeyring(options.trustedKeysDir, (file, reason) =>
      logger.error('trusted key refused', { file, reason }),
    );
    this.changes = new ChangeLog(options.contentDir);
    this.store = new ContentStore(
      options.contentDir,
      this.keyring,
      CONTENT_PART_SCHEMAS,
      logger,
      (reason) =>
        notices.add({ code: 'content-stored-invalid', severity: 'warning', params: { reason } }),
    );
    this.sync = new ContentSync({
      store: this.store,
      url: () => this.url,
      stateDir: options.contentDir,
      logger,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    options.catalogue.useFederationCatalogue(this.bundleCatalogue());
    this.store.onChange((change) => this.applied(change));
    this.sync.onCheck((check) => this.tellAdmin(check));
    if (this.url && this.keyring.size === 0) {
      notices.add({ code: 'content-no-trusted-key', severity: 'warning', params: {} });
    }
  }

  /** The bundle's address for the centre's channel, or null when updates are off. */
  get url(): string | null {
    return contentBundleUrl(this.options.config.current.updates);
  }

  checkNow(): Promise<ContentCheck> {
    return this.sync.checkNow();
  }

  /** Starts the periodic fetch (composition roots only; tests call checkNow). */
  start(): void {
    this.schedule ??= startPeriodicCheck({
      run: async () => {
        const { result } = await this.checkNow();
        return result.outcome !== 'unreachable' && result.outcome !== 'rejected';
      },
      intervalMs: () => this.options.config.current.updates.checkEveryHours * 3_600_000,
    });
  }

  stop(): void {
    this.schedule?.stop();
    this.schedule = null;
  }

  private bundleCatalogue(): Catalogue | null {
    const part = this.store.part('catalogue');
    return part ? catalogueSchema.parse(part.value) : null;
  }

  private applied(change: ContentChange): void {
    const catalogue = this.options.catalogue.useFederationCatalogue(this.bundleCatalogue());
    this.changes.record({
      at: new Date().toISOString(),
      fromVersion: change.previous?.manifest.version ?? null,
      toVersion: change.current.manifest.version,
      catalogue,
      parts: partChanges(change),
    });
  }

  private tellAdmin(check: ContentCheck): void {
    const { notices } = this.options;
    const { result } = check;
    if (result.outcome === 'rejected') {
      notices.add({
        code: 'content-rejected',
        severity: 'warning',
        params: { reason: result.reason },
      });
    } else if (result.outcome !== 'unreachable') {
      notices.resolve('content-rejected');
    }
    if (
      result.outcome === 'unreachable' &&
      this.sync.consecutiveFailures >= UNREACHABLE_NOTICE_AFTER
    ) {
      notices.add({ code: 'content-unreachable', severity: 'info', params: { since: check.at } });
    } else if (result.outcome !== 'unreachable') {
      notices.resolve('content-unreachable');
    }
    if (result.outcome === 'installed') notices.resolve('content-stored-invalid');
  }
}
