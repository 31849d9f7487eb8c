import { existsSync, readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import {
  directoryQuerySchema,
  structureSchema,
  type DirectoryQuery,
  type Structure,
} from '../../api/contract/directory';
import { ApiFailure } from '../../api/contract/errors';
import { toValidationIssues } from '../../api/contract/validation';
import type { Migration } from '../database/migrations';
import type { Logger } from '../logging/logger';
import { exportDirectoryCsv } from './csv-export';
import { importDirectoryCsv, type CsvImportReport } from './csv-import';
import { DirectoryIndex } from './directory-index';

export const directoryMigrations: Migration[] = [
  {
    id: 'directory-001-structures',
    up: (db) =>
      db.exec(`CREATE TABLE directory_structures (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE directory_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`),
  },
];

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  report: CsvImportReport;
  /** Against the directory as it is now: what the import would add, change or leave. */
  added: number;
  updated: number;
  unchanged: number;
  /** With "replace": structures of the directory absent from the file, which would go. */
  removed: number;
}

/**
 * The directory of local help structures, in SQLite, with its search index in memory.
 * Seeded once with the demo entries of kiosk-config/directory/ (marked as demo); after
 * that the referent's list is the list, even when emptied.
 */
export class Directory {
  private cache: { structures: Structure[]; index: DirectoryIndex } | null = null;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  seedOnce(seedFile: string): void {
    const seeded = this.db.prepare("SELECT 1 FROM directory_meta WHERE key = 'seeded'").get();
    if (seeded || !existsSync(seedFile)) return;
    const report = importDirectoryCsv(readFileSync(seedFile));
    if (report.fatal || report.rejectedCount > 0) {
      this.logger.error('directory seed unreadable', { seedFile, fatal: report.fatal ?? 'rows' });
    }
    this.db.transaction(() => {
      this.write(report.structures.map((structure) => ({ ...structure, demo: true })));
      this.db
        .prepare("INSERT INTO directory_meta (key, value) VALUES ('seeded', ?)")
        .run(new Date().toISOString());
    })();
  }

  all(): Structure[] {
    return this.loaded().structures;
  }

  get(id: string): Structure {
    const found = this.all().find((structure) => structure.id === id);
    if (!found) throw new ApiFailure('not-found', `no structure ${id}`, { reason: 'no-structure' });
    return found;
  }

  search(query: DirectoryQuery): { total: number; structures: Structure[] } {
    const { text, need, city, offset, limit } = directoryQuerySchema.parse(query);
    return this.loaded().index.search(text, { need, city }, offset, limit);
  }

  cities(): string[] {
    return [...new Set(this.all().map((structure) => structure.city))].sort((a, b) =>
      a.localeCompare(b, 'fr'),
    );
  }

  save(candidate: unknown): Structure {
    const parsed = structureSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      throw new ApiFailure('invalid-argument', 'invalid structure', {
        issues: toValidationIssues(parsed.error),
      });
    }
    // A structure the referent edits is theirs, not demo data any more.
    const structure = { ...parsed.data, demo: false };
    this.write([structure]);
    return structure;
  }

  delete(id: string): boolean {
    const deleted =
      this.db.prepare('DELETE FROM directory_structures WHERE id = ?').run(id).changes > 0;
    this.cache = null;
    return deleted;
  }

  previewImport(bytes: Uint8Array, mode: ImportMode): ImportSummary {
    const report = importDirectoryCsv(bytes);
    const current = new Map(this.all().map((structure) => [structure.id, structure]));
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const structure of report.structures) {
      const before = current.get(structure.id);
      if (!before) added += 1;
      else if (JSON.stringify(before) === JSON.stringify(structure)) unchanged += 1;
      else updated += 1;
    }
    const incoming = new Set(report.structures.map((structure) => structure.id));
    const removed =
      mode === 'replace' && !report.fatal
        ? [...current.keys()].filter((id) => !incoming.has(id)).length
        : 0;
    return { report, added, updated, unchanged, removed };
  }

  /** Applies a file in one transaction; a file that cannot be read changes nothing. */
  applyImport(bytes: Uint8Array, mode: ImportMode): ImportSummary {
    const summary = this.previewImport(bytes, mode);
    if (summary.report.fatal) return summary;
    this.db.transaction(() => {
      if (mode === 'replace') this.db.prepare('DELETE FROM directory_structures').run();
      this.write(summary.report.structures);
    })();
    return summary;
  }

  exportCsv(): string {
    return exportDirectoryCsv(this.all());
  }

  private write(structures: readonly Structure[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO directory_structures (id, data, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const structure of structures) upsert.run(structure.id, JSON.stringify(structure), now);
    })();
    this.cache = null;
  }

  private loaded(): { structures: Structure[]; index: DirectoryIndex } {
    if (this.cache) return this.cache;
    const structures = this.db
      .prepare<[], { data: string }>('SELECT data FROM directory_structures')
      .all()
      .flatMap((row) => {
        const parsed = structureSchema.safeParse(JSON.parse(row.data));
        return parsed.success ? [parsed.data] : [];
      });
    this.cache = { structures, index: new DirectoryIndex(structures) };
    return this.cache;
  }
}
