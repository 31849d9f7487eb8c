import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logging/logger';
import { runMigrations, type Migration } from './migrations';

export interface OpenDatabaseOptions {
  file: string;
  migrations: readonly Migration[];
  logger: Logger;
  /** Path of a better-sqlite3 addon built for Electron's ABI (development runs only). */
  nativeBinding?: string;
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Database;
  /** Set when the file on disk was unreadable and has been moved aside. */
  recovery?: { movedTo: string; reason: string };
  /** True when no file could be opened at all: the borne runs on, statistics stay in memory. */
  inMemory: boolean;
}

/**
 * Opens the borne's one SQLite database: WAL, integrity-checked, migrated. A corrupt or
 * foreign file is moved aside and a fresh database created; if the disk refuses even
 * that, an in-memory database keeps the borne serving residents.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file, logger } = options;
  try {
    mkdirSync(dirname(file), { recursive: true });
    return { db: openChecked(options), inMemory: false };
  } catch (error) {
    const reason = describe(error);
    logger.error('database unreadable', { reason });
    try {
      const recovery = existsSync(file)
        ? moveAside(file, options.now?.() ?? new Date())
        : undefined;
      return {
        db: openChecked(options),
        inMemory: false,
        ...(recovery ? { recovery: { movedTo: recovery, reason } } : {}),
      };
    } catch (secondError) {
      logger.error('database cannot be created, running in memory', {
        reason: describe(secondError),
      });
      return { db: openChecked({ ...options, file: ':memory:' }), inMemory: true };
    }
  }
}

function openChecked(options: OpenDatabaseOptions): Database {
  const db = new BetterSqlite3(options.file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (options.file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check failed: ${String(check)}`);
    runMigrations(db, options.migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Renames the database and its WAL companions to "<file>.corrupt-<time>" for later study. */
function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Folds the WAL back into the main file and closes: call once, at quit. */
export function closeDatabase(db: Database): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
