/**
 * A borne that records and syncs as fast as it can until it is killed: the crash-safety
 * test starts it, lets it run a moment, kills it with SIGKILL, and does that again.
 * Prints "ready", then "ack <id> <id>…" once those events' inserts have returned.
 *
 * Usage: node --import tsx crash-child.ts <database file> <matomo endpoint> <run>
 */
import { writeSync } from 'node:fs';
import { ALL_MIGRATIONS } from '../../database/migration-registry';
import { openDatabase } from '../../database/open-database';
import { createMemoryLogger } from '../../logging/logger';
import { StatsMaintenance } from '../retention';
import { testEventLog, testSync } from './stats-fixture';

const [file = '', endpoint = '', run = '0'] = process.argv.slice(2);
const { db } = openDatabase({ file, migrations: ALL_MIGRATIONS, logger: createMemoryLogger() });
const clock = { now: Date.now() };
const log = testEventLog(db, clock);
const maintenance = new StatsMaintenance(db);
const sync = testSync(db, endpoint, { idleIntervalMs: 1, timeoutMs: 2_000, batchSize: 50 });
sync.start();
writeSync(1, 'ready\n');

let count = 0;
/** Sessions of nine events: a start and eight numbered help-sheet steps. */
function recordSome(): void {
  const ids: number[] = [];
  for (let burst = 0; burst < 20; burst += 1) {
    const step = (count % 9) + 1;
    const id = `run${run}-${Math.floor(count / 9)}`;
    clock.now = Date.now();
    const event =
      step === 1
        ? ({ type: 'session.start' } as const)
        : ({ type: 'sheet.step', sheetId: `run-${run}`, step } as const);
    ids.push(log.record(event, id));
    count += 1;
  }
  // Written after the inserts returned: a line the parent reads is a committed event.
  process.stdout.write(`ack ${ids.join(' ')}\n`);
  if (count % 180 === 0) maintenance.rollUp(Date.now());
  // About 2,000 events a second: far busier than a borne, light enough for CI.
  setTimeout(recordSome, 10);
}
recordSome();
