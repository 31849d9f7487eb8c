import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../api/contract/errors';
import {
  glossaryPackSchema,
  glossaryTermSchema,
  type GlossaryPack,
  type GlossaryTerm,
  withoutGlossaryLinks,
} from '../../api/contract/glossary';
import { toValidationIssues } from '../../api/contract/validation';
import { FuzzyIndex } from '../../policy/search/fuzzy-index';
import type { Migration } from '../database/migrations';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';
import { comparePack, type PackPreview } from './glossary-pack';

export const glossaryMigrations: Migration[] = [
  {
    id: 'glossary-001-local-terms',
    up: (db) =>
      db.exec(`CREATE TABLE glossary_local_terms (
        id TEXT PRIMARY KEY,
        term TEXT,
        hidden INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT`),
  },
];

/**
 * The glossary in force: the base pack shipped in kiosk-config/glossary/, with the
 * centre's edits on top (a changed term replaces the base one, a removed base term is
 * hidden, new terms are added). Searchable in every language it has.
 */
export class Glossary {
  private readonly base: GlossaryTerm[];
  private cache: { terms: GlossaryTerm[]; index: FuzzyIndex } | null = null;

  constructor(
    baseFile: string,
    private readonly db: Database,
    notices: NoticeBoard,
    logger: Logger,
  ) {
    this.base = loadBasePack(baseFile, notices, logger);
  }

  terms(): GlossaryTerm[] {
    return this.loaded().terms;
  }

  get(id: string): GlossaryTerm {
    const term = this.terms().find((candidate) => candidate.id === id);
    if (!term) throw new ApiFailure('not-found', `no glossary term ${id}`, { reason: 'no-term' });
    return term;
  }

  /** Terms matching the words typed, best first; every term, alphabetical, for no words. */
  search(text: string, language: string, limit: number): GlossaryTerm[] {
    const { terms, index } = this.loaded();
    const hits = index.search(text);
    if (hits === null) return [...terms].sort(byTerm(language)).slice(0, limit);
    return hits.slice(0, limit).flatMap((hit) => terms[hit.index] ?? []);
  }

  save(candidate: unknown): GlossaryTerm {
    const parsed = glossaryTermSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      throw new ApiFailure('invalid-argument', 'invalid glossary term', {
        issues: toValidationIssues(parsed.error),
      });
    }
    this.upsert([parsed.data]);
    return parsed.data;
  }

  remove(id: string): boolean {
    const known = this.terms().some((term) => term.id === id);
    this.db
      .prepare(
        `INSERT INTO glossary_local_terms (id, term, hidden, updated_at) VALUES (?, NULL, 1, ?)
         ON CONFLICT (id) DO UPDATE SET term = NULL, hidden = 1, updated_at = excluded.updated_at`,
      )
      .run(id, new Date().toISOString());
    this.cache = null;
    return known;
  }

  exportPack(): GlossaryPack {
    return {
      format: 'borne-glossary-pack',
      formatVersion: 1,
      name: 'Lexique de la borne',
      terms: this.terms(),
    };
  }

  /** What importing a pack would change; nothing is saved. */
  previewPack(candidate: unknown): PackPreview {
    return comparePack(this.parsePack(candidate), this.terms());
  }

  importPack(candidate: unknown): PackPreview {
    const pack = this.parsePack(candidate);
    const preview = comparePack(pack, this.terms());
    this.upsert(pack.terms);
    return preview;
  }

  private parsePack(candidate: unknown): GlossaryPack {
    const parsed = glossaryPackSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      throw new ApiFailure('invalid-argument', 'not a glossary pack', {
        reason: 'invalid-pack',
        issues: toValidationIssues(parsed.error).slice(0, 20),
      });
    }
    return parsed.data;
  }

  private upsert(terms: readonly GlossaryTerm[]): void {
    const statement = this.db.prepare(
      `INSERT INTO glossary_local_terms (id, term, hidden, updated_at) VALUES (?, ?, 0, ?)
       ON CONFLICT (id) DO UPDATE SET term = excluded.term, hidden = 0, updated_at = excluded.updated_at`,
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const term of terms) statement.run(term.id, JSON.stringify(term), now);
    })();
    this.cache = null;
  }

  private loaded(): { terms: GlossaryTerm[]; index: FuzzyIndex } {
    if (this.cache) return this.cache;
    const local = this.db
      .prepare<[], { id: string; term: string | null; hidden: number }>(
        'SELECT id, term, hidden FROM glossary_local_terms ORDER BY id',
      )
      .all();
    const byId = new Map(this.base.map((term) => [term.id, term]));
    for (const row of local) {
      if (row.hidden === 1 || row.term === null) {
        byId.delete(row.id);
        continue;
      }
      const parsed = glossaryTermSchema.safeParse(JSON.parse(row.term));
      if (parsed.success) byId.set(row.id, parsed.data);
    }
    const terms = [...byId.values()];
    const index = new FuzzyIndex(
      terms.map((term) => [
        ...Object.values(term.term).map((text) => ({ text, weight: 4 })),
        { text: term.aliases.join(' '), weight: 3 },
        ...Object.values(term.definition).map((text) => ({
          text: withoutGlossaryLinks(text),
          weight: 1,
        })),
      ]),
    );
    this.cache = { terms, index };
    return this.cache;
  }
}

function byTerm(language: string) {
  return (a: GlossaryTerm, b: GlossaryTerm) =>
    (a.term[language] ?? a.term.fr ?? '').localeCompare(
      b.term[language] ?? b.term.fr ?? '',
      language,
    );
}

function loadBasePack(file: string, notices: NoticeBoard, logger: Logger): GlossaryTerm[] {
  try {
    const parsed = glossaryPackSchema.safeParse(
      JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')),
    );
    if (parsed.success) return parsed.data.terms;
    notices.add({
      code: 'glossary-invalid',
      severity: 'error',
      params: { file, reason: 'invalid' },
      issues: toValidationIssues(parsed.error).slice(0, 10),
    });
  } catch (error) {
    notices.add({
      code: 'glossary-invalid',
      severity: 'error',
      params: { file, reason: String(error) },
    });
  }
  logger.error('base glossary unreadable', { file });
  return [];
}
