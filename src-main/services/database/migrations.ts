import type { Database } from 'better-sqlite3';

/**
 * One schema change. Ids are "<feature>-<number>-<what>" so features added in parallel
 * never collide; a migration never changes once released (add a new one instead).
 */
export interface Migration {
  id: string;
  up(db: Database): void;
}

/** Applies, in list order, each migration not yet recorded; each in its own transaction. */
export function runMigrations(db: Database, migrations: readonly Migration[]): string[] {
  assertUniqueIds(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    db
      .prepare<[], { id: string }>('SELECT id FROM schema_migrations')
      .all()
      .map((row) => row.id),
  );
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  const newlyApplied: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.id, new Date().toISOString());
    })();
    newlyApplied.push(migration.id);
  }
  return newlyApplied;
}

function assertUniqueIds(migrations: readonly Migration[]): void {
  const seen = new Set<string>();
  for (const { id } of migrations) {
    if (seen.has(id)) throw new Error(`duplicate migration id: ${id}`);
    seen.add(id);
  }
}
