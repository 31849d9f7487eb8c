import type { Database } from 'better-sqlite3';
import type { CentreConfig } from '../../api/contract/config';
import { checkConfigText, serializeConfig } from '../config/config-text';

/** Why a version was recorded; the admin UI names it. */
export type HistoryReason = 'loaded' | 'edit' | 'undo' | 'restore' | 'backup';

export interface HistoryEntry {
  id: number;
  savedAt: string;
  reason: HistoryReason;
  centreName: string;
}

interface Row {
  id: number;
  saved_at: string;
  reason: string;
  config_text: string;
}

export const HISTORY_LIMIT = 20;

/**
 * The last versions of the centre's config, newest first, in SQLite beside the
 * statistics: a referent can look back and restore one. Only the newest
 * HISTORY_LIMIT are kept.
 */
export class ConfigHistory {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    private readonly limit = HISTORY_LIMIT,
  ) {}

  /** Records the config unless it is the same as the newest version. */
  record(config: CentreConfig, reason: HistoryReason): void {
    const text = serializeConfig(config);
    const newest = this.db
      .prepare<[], string>('SELECT config_text FROM config_history ORDER BY id DESC LIMIT 1')
      .pluck()
      .get();
    if (newest === text) return;
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO config_history (saved_at, reason, config_text) VALUES (?, ?, ?)')
        .run(this.now().toISOString(), reason, text);
      this.db
        .prepare(
          `DELETE FROM config_history WHERE id NOT IN
             (SELECT id FROM config_history ORDER BY id DESC LIMIT ?)`,
        )
        .run(this.limit);
    })();
  }

  list(): HistoryEntry[] {
    return this.db
      .prepare<[], Row>('SELECT * FROM config_history ORDER BY id DESC')
      .all()
      .map((row) => ({
        id: row.id,
        savedAt: row.saved_at,
        reason: row.reason as HistoryReason,
        centreName: nameIn(row.config_text),
      }));
  }

  /** The config of that version, or undefined when it is gone or no longer valid. */
  get(id: number): CentreConfig | undefined {
    const text = this.db
      .prepare<[number], string>('SELECT config_text FROM config_history WHERE id = ?')
      .pluck()
      .get(id);
    if (text === undefined) return undefined;
    const checked = checkConfigText(text);
    return checked.ok ? checked.config : undefined;
  }

  /** The version before the newest one: what "undo" goes back to. */
  previousId(): number | undefined {
    return this.db
      .prepare<[], number>('SELECT id FROM config_history ORDER BY id DESC LIMIT 1 OFFSET 1')
      .pluck()
      .get();
  }
}

function nameIn(text: string): string {
  try {
    const parsed = JSON.parse(text) as { centre?: { name?: unknown } };
    return typeof parsed.centre?.name === 'string' ? parsed.centre.name : '';
  } catch {
    return '';
  }
}
