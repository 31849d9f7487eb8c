import { ApiFailure } from '../../api/contract/errors';
import type { CentreConfig } from '../../api/contract/config';
import type { ConfigStore } from '../config/config-store';
import type { ConfigHistory, HistoryReason } from './config-history';

/**
 * Every change a referent makes to the config goes through here, so that each saved
 * version lands in the history and can be undone or restored.
 */
export class ConfigEditor {
  constructor(
    private readonly store: ConfigStore,
    private readonly history: ConfigHistory,
  ) {
    // The version in force at start (maybe hand-edited) is the first one to go back to.
    if (store.source === 'file') history.record(store.current, 'loaded');
  }

  save(candidate: unknown, reason: HistoryReason = 'edit'): CentreConfig {
    const saved = this.store.save(candidate);
    this.history.record(saved, reason);
    return saved;
  }

  /** Puts back the version before the last change. */
  undo(): CentreConfig {
    const id = this.history.previousId();
    if (id === undefined) {
      throw new ApiFailure('conflict', 'nothing to undo', { reason: 'nothing-to-undo' });
    }
    return this.restoreVersion(id, 'undo');
  }

  restoreVersion(id: number, reason: HistoryReason = 'restore'): CentreConfig {
    const config = this.history.get(id);
    if (!config) {
      throw new ApiFailure('not-found', `no valid version ${id}`, { reason: 'version-gone' });
    }
    return this.save(config, reason);
  }
}
