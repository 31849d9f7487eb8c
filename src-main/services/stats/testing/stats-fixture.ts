import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ALL_MIGRATIONS } from '../../database/migration-registry';
import { openDatabase } from '../../database/open-database';
import { createMemoryLogger } from '../../logging/logger';
import { EventLog, type UsageContext } from '../event-log';

export const TEST_CONTEXT: UsageContext = {
  centre: 'demo-les-marronniers',
  territory: 'mel-lille-sud',
  profile: 'borne',
  place: '',
  appVersion: '0.0.0-test',
};

/** A fresh borne database file (all migrations) in a temp folder. */
export function openTestDatabase(dir = mkdtempSync(join(tmpdir(), 'borne-stats-'))): {
  db: Database;
  file: string;
  dir: string;
} {
  const file = join(dir, 'borne.db');
  const { db } = openDatabase({ file, migrations: ALL_MIGRATIONS, logger: createMemoryLogger() });
  return { db, file, dir };
}

/** An event log over `db` whose clock the test moves. */
export function testEventLog(db: Database, clock: { now: number }, context = TEST_CONTEXT) {
  return new EventLog(db, {
    now: () => clock.now,
    context: () => context,
    defaultLanguage: () => 'fr',
  });
}
