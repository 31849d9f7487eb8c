import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ALL_MIGRATIONS } from '../../database/migration-registry';
import { openDatabase } from '../../database/open-database';
import { createMemoryLogger } from '../../logging/logger';
import { EventLog, type UsageContext } from '../event-log';
import { MatomoSync, type MatomoSyncOptions } from '../matomo/matomo-sync';

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

export const TEST_DIMENSIONS = {
  centre: 1,
  territory: 2,
  profile: 3,
  place: 4,
  appVersion: 5,
  language: 6,
};
export const TEST_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** A Matomo sync over `db` to a receiver, with test-sized timeouts and backoff. */
export function testSync(
  db: Database,
  endpoint: string,
  options: Partial<Omit<MatomoSyncOptions, 'token'>> & {
    token?: string | null;
    batchSize?: number;
  } = {},
): MatomoSync {
  const { token = TEST_TOKEN, batchSize = 100, ...rest } = options;
  return new MatomoSync({
    db,
    installId: 'test-install',
    target: () => ({ endpoint, siteId: 3, dimensions: TEST_DIMENSIONS, batchSize }),
    token: () => Promise.resolve(token),
    defaultLanguage: () => 'fr',
    timeoutMs: 300,
    backoff: { baseMs: 5, capMs: 60 },
    idleIntervalMs: 20,
    ...rest,
  });
}

/** The receiver rules matching testSync. */
export const TEST_RULES = { siteId: 3, dimensions: TEST_DIMENSIONS, token: TEST_TOKEN };
