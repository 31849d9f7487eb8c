import { join } from 'node:path';
import { ALL_MIGRATIONS } from '../../src-main/services/database/migration-registry';
import { closeDatabase, openDatabase } from '../../src-main/services/database/open-database';
import { createMemoryLogger } from '../../src-main/services/logging/logger';
import { EventLog } from '../../src-main/services/stats/event-log';
import { StatsMaintenance } from '../../src-main/services/stats/retention';
import { seedUsage, type SeedSummary } from '../../src-main/services/stats/testing/seed-usage';

const DAY = 86_400_000;

/**
 * Writes `days` days of a busy borne's statistics, up to yesterday, into the data folder
 * the preview host will open (the demo centre's identity), and rolls them up as the
 * nightly maintenance would. Returns what was recorded.
 */
export function seedStatistics(dataDir: string, days = 40, sessionsPerDay = 12): SeedSummary {
  const { db } = openDatabase({
    file: join(dataDir, 'data', 'borne.db'),
    migrations: ALL_MIGRATIONS,
    logger: createMemoryLogger(),
  });
  const clock = { now: 0 };
  const log = new EventLog(db, {
    now: () => clock.now,
    context: () => ({
      centre: 'demo-les-marronniers',
      territory: 'mel-lille-sud',
      profile: 'borne',
      place: '',
      appVersion: '0.1.0',
    }),
    defaultLanguage: () => 'fr',
  });
  const firstDay = new Date();
  firstDay.setHours(0, 0, 0, 0);
  const summary = seedUsage(
    { clock, record: (event, session) => log.record(event, session) },
    { firstDayMs: firstDay.getTime() - days * DAY, days, sessionsPerDay, seed: 11 },
  );
  new StatsMaintenance(db).rollUp(Date.now());
  closeDatabase(db);
  return summary;
}
