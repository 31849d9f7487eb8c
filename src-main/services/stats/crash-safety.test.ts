import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ALL_MIGRATIONS } from '../database/migration-registry';
import { openDatabase } from '../database/open-database';
import { createMemoryLogger } from '../logging/logger';
import { MatomoReceiver } from './testing/matomo-receiver';
import { seededRandom } from './testing/seed-usage';
import { TEST_RULES, testSync } from './testing/stats-fixture';

const KILLS = 20;
const CHILD = resolve(import.meta.dirname, 'testing', 'crash-child.ts');
const BATCH = 50;

/** Runs the child until it has acknowledged some events, then SIGKILLs it mid-flight. */
async function runAndKill(file: string, endpoint: string, run: number, waitMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, endpoint, String(run)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acked: number[] = [];
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.once('exit', (_code, signal) => done(signal)),
  );
  await new Promise<void>((ready, failed) => {
    const timer = setTimeout(() => failed(new Error('child never got ready')), 15_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        clearTimeout(timer);
        ready();
      } else if (line.startsWith('ack ')) acked.push(...line.slice(4).split(' ').map(Number));
    });
  });
  await new Promise((resolveWait) => setTimeout(resolveWait, waitMs));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return acked;
}

describe('crash safety', () => {
  it(`keeps every acknowledged event and a sound database through ${KILLS} SIGKILLs while recording and syncing`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-crash-'));
    const file = join(dir, 'borne.db');
    // Slow answers keep a batch in flight most of the time, so kills land mid-sync too.
    const receiver = await MatomoReceiver.start({ ...TEST_RULES, answerDelayMs: 15 });
    const random = seededRandom(20);
    const acked: number[] = [];
    for (let run = 0; run < KILLS; run += 1) {
      acked.push(...(await runAndKill(file, receiver.endpoint, run, 80 + random() * 250)));
      const check = new BetterSqlite3(file);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    }
    expect(acked.length).toBeGreaterThan(KILLS * 50);

    // A last, clean start delivers what the killed ones left.
    const { db } = openDatabase({ file, migrations: ALL_MIGRATIONS, logger: createMemoryLogger() });
    expect(await testSync(db, receiver.endpoint, { batchSize: BATCH }).syncPass()).toMatchObject({
      failed: false,
    });
    await receiver.close();

    const stored = new Set(db.prepare('SELECT id FROM usage_events').pluck().all() as number[]);
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM usage_events WHERE sync = 0').pluck().get()).toBe(0);

    // Every stored event reached Matomo; repeats are at most one batch per kill.
    const keyOf = (cid: string, action: string, value: string) => `${cid}/${action}/${value}`;
    const expected = db
      .prepare(
        `SELECT s.cid, e.type, json_extract(e.data, '$.sheetId') AS sheet, json_extract(e.data, '$.step') AS step
         FROM usage_events e JOIN usage_sessions s ON s.id = e.session_id`,
      )
      .all() as { cid: string; type: string; sheet: string | null; step: number | null }[];
    const received = new Map<string, number>();
    for (const request of receiver.tracked) {
      const key = keyOf(
        request.params.get('cid') ?? '',
        request.params.get('e_a') ?? '',
        request.params.get('e_v') ?? '',
      );
      received.set(key, (received.get(key) ?? 0) + 1);
    }
    const missing = expected.filter(
      (row) =>
        !received.has(
          row.type === 'session.start'
            ? keyOf(row.cid, 'start', '')
            : keyOf(row.cid, row.sheet ?? '', String(row.step)),
        ),
    );
    expect(missing).toEqual([]);
    const duplicates = receiver.tracked.length - received.size;
    console.log(
      `crash run: ${JSON.stringify({ kills: KILLS, acknowledged: acked.length, stored: stored.size, delivered: received.size, duplicates })}`,
    );
    expect(received.size).toBe(expected.length);
    expect(duplicates).toBeLessThanOrEqual(KILLS * BATCH);
    expect(receiver.violations).toEqual([]);
    db.close();
  }, 120_000);
});
