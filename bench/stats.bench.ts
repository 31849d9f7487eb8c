import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Database } from 'better-sqlite3';
import { build } from 'vite';
import type { UsageEvent } from '../src-main/api/contract/usage-event';
import { closeDatabase } from '../src-main/services/database/open-database';
import { StatsMaintenance } from '../src-main/services/stats/retention';
import { MatomoReceiver } from '../src-main/services/stats/testing/matomo-receiver';
import { seedUsage } from '../src-main/services/stats/testing/seed-usage';
import {
  openTestDatabase,
  TEST_RULES,
  testEventLog,
} from '../src-main/services/stats/testing/stats-fixture';
import { percentiles, ratio, round } from './stats';
import type { BenchResult } from './types';

const run = promisify(execFile);
const DAY = 86_400_000;
/** A busy borne: ~2,000 events a day (180 sessions of ~11 events), 60,000 in 30 days. */
const BUSY_SESSIONS_PER_DAY = 180;

export default async function statsBench(): Promise<BenchResult[]> {
  return [recorderThroughput(), await backlogSync(), yearOnDisk()];
}

/** The events of `days` busy days, as the recorder would receive them. */
function busyEvents(
  days: number,
  firstDayMs = Date.now() - days * DAY,
): { event: UsageEvent; session: string | null; at: number }[] {
  const events: { event: UsageEvent; session: string | null; at: number }[] = [];
  const clock = { now: firstDayMs };
  seedUsage(
    { clock, record: (event, session) => events.push({ event, session, at: clock.now }) },
    { firstDayMs, days, sessionsPerDay: BUSY_SESSIONS_PER_DAY, steady: true },
  );
  return events;
}

/**
 * EventLog.record beside a bare prepared INSERT of the same rows (the event as JSON, the
 * session number, language and context), into identical tables, alternately call by call.
 */
function recorderThroughput(): BenchResult {
  const events = busyEvents(10);
  const measuredDb = openTestDatabase().db;
  const baselineDb = openTestDatabase().db;
  const clock = { now: Date.now() };
  const log = testEventLog(measuredDb, clock);
  const insert = baselineDb.prepare(
    'INSERT INTO usage_events (at_ms, session_id, type, data, lang, ctx) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const measured: number[] = [];
  const baseline: number[] = [];
  events.forEach(({ event, session, at }, index) => {
    clock.now = at;
    let start = performance.now();
    log.record(event, session);
    const recorded = performance.now() - start;
    start = performance.now();
    const { type, ...data } = event;
    insert.run(at, session === null ? null : 1, type, JSON.stringify(data), 'fr', 1);
    const raw = performance.now() - start;
    if (index >= 2_000) {
      measured.push(recorded);
      baseline.push(raw);
    }
  });
  closeDatabase(measuredDb);
  closeDatabase(baselineDb);
  const m = percentiles(measured);
  const b = percentiles(baseline);
  const perSecond = (mean: number) => Math.round(1000 / mean);
  return {
    name: 'usage recorder: events recorded one by one (WAL, synchronous=NORMAL)',
    unit: 'ms per event; events/s',
    measured: { ...m, eventsPerSecond: perSecond(m.mean) },
    baseline: {
      what: 'bare better-sqlite3 prepared INSERT of the same rows',
      ...b,
      eventsPerSecond: perSecond(b.mean),
    },
    ratio: { mean: ratio(m.mean, b.mean), p99: ratio(m.p99, b.p99) },
    target: 'recorder within 1.5× of raw inserts (mean)',
    met: m.mean <= 1.5 * b.mean,
  };
}

/** 30 days of a busy borne recorded offline, then synced in a child process. */
async function backlogSync(): Promise<BenchResult> {
  const { db, file } = openTestDatabase();
  const events = busyEvents(30).slice(0, 60_000);
  const clock = { now: 0 };
  const log = testEventLog(db, clock);
  db.transaction(() => {
    for (const { event, session, at } of events) {
      clock.now = at;
      log.record(event, session);
    }
  })();
  closeDatabase(db);
  const receiver = await MatomoReceiver.start(TEST_RULES);
  const child = await bundleChild();
  const batches = Math.ceil(events.length / 100);
  const measure = async (mode: string) => {
    const { stdout } = await run(process.execPath, [
      child,
      mode,
      file,
      receiver.endpoint,
      String(batches),
    ]);
    return JSON.parse(stdout) as { ms: number; sent: number; peakRssMb: number };
  };
  const sync = await measure('sync');
  const baseline = await measure('baseline');
  await receiver.close();
  const violations = receiver.violations.length;
  return {
    name: 'Matomo backlog: 30 busy days offline (60,000 events) synced to the loopback receiver',
    unit: 'seconds; MB of peak resident memory of the syncing process',
    measured: {
      seconds: round(sync.ms / 1000, 2),
      peakRssMb: round(sync.peakRssMb, 1),
      events: sync.sent,
      violations,
    },
    baseline: {
      what: 'a child that posts the same number of pre-built 100-request batches through the same HTTP client',
      seconds: round(baseline.ms / 1000, 2),
      peakRssMb: round(baseline.peakRssMb, 1),
    },
    ratio: {
      seconds: ratio(sync.ms, baseline.ms),
      peakRssMb: ratio(sync.peakRssMb, baseline.peakRssMb),
    },
    target: '≤ 10 s and ≤ 80 MB peak memory, every event accepted',
    met:
      sync.ms <= 10_000 && sync.peakRssMb <= 80 && sync.sent === events.length && violations === 0,
  };
}

/**
 * The sync child as one plain file (Vite, as for the app's own Node bundles): run under
 * tsx, its peak memory would be mostly the TypeScript loader's.
 */
async function bundleChild(): Promise<string> {
  // Inside the project, so that the bundle finds better-sqlite3 in node_modules.
  const outDir = resolve(import.meta.dirname, '..', 'dist', 'bench');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve(import.meta.dirname, 'stats-sync-child.ts'),
      outDir,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: ['better-sqlite3', /^node:/],
        output: { format: 'esm', entryFileNames: 'stats-sync-child.mjs' },
      },
    },
  });
  return join(outDir, 'stats-sync-child.mjs');
}

/**
 * A busy year, day by day: events recorded, delivered to Matomo each evening, the
 * nightly maintenance (roll-up, 3-month retention) run; beside the same year kept raw.
 */
function yearOnDisk(): BenchResult {
  const kept = openTestDatabase();
  const raw = openTestDatabase();
  const keptClock = { now: 0 };
  const rawClock = { now: 0 };
  const keptLog = testEventLog(kept.db, keptClock);
  const rawLog = testEventLog(raw.db, rawClock);
  const maintenance = new StatsMaintenance(kept.db);
  const firstDay = new Date(2026, 0, 1).getTime();
  let events = 0;
  const started = performance.now();
  for (let day = 0; day < 365; day += 1) {
    const dayMs = firstDay + day * DAY;
    const recordDay = (
      db: Database,
      clock: { now: number },
      log: ReturnType<typeof testEventLog>,
    ) =>
      db.transaction(() =>
        seedUsage(
          { clock, record: (event, session) => log.record(event, session) },
          {
            firstDayMs: dayMs,
            days: 1,
            sessionsPerDay: BUSY_SESSIONS_PER_DAY,
            steady: true,
            seed: day,
          },
        ),
      )();
    events += recordDay(kept.db, keptClock, keptLog).events;
    recordDay(raw.db, rawClock, rawLog);
    kept.db.prepare('UPDATE usage_events SET sync = 1 WHERE sync = 0').run();
    maintenance.run(dayMs + DAY + 3_600_000, 3, true);
  }
  closeDatabase(kept.db);
  closeDatabase(raw.db);
  const keptMb = statSync(kept.file).size / 2 ** 20;
  const rawMb = statSync(raw.file).size / 2 ** 20;
  return {
    name: 'database size after a busy year (730,000 events), retention on (3 months raw + daily aggregates)',
    unit: 'MB',
    measured: {
      sizeMb: round(keptMb, 1),
      events,
      simulatedInSeconds: round((performance.now() - started) / 1000, 1),
    },
    baseline: {
      what: 'the same year with no retention (every raw event kept)',
      sizeMb: round(rawMb, 1),
    },
    ratio: { size: ratio(keptMb, rawMb) },
    target: '≤ 25 MB',
    met: keptMb <= 25,
  };
}
