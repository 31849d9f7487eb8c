/**
 * Child of bench/stats.bench.ts, so that its peak memory is its own: opens a borne
 * database full of undelivered events and syncs them all to the Matomo receiver given,
 * or (mode "baseline") only opens the database and posts the same number of pre-built
 * 100-request batches through the same HTTP client. Prints one JSON line: { ms, sent, peakRssMb }.
 *
 * Usage (bundled by the bench): node stats-sync-child.mjs <sync|baseline> <db file> <endpoint> <batches>
 */
import BetterSqlite3 from 'better-sqlite3';
import { postBulk } from '../src-main/services/stats/matomo/bulk-sender';
import { MatomoSync } from '../src-main/services/stats/matomo/matomo-sync';
import {
  TEST_DIMENSIONS,
  TEST_RULES,
  TEST_TOKEN,
} from '../src-main/services/stats/testing/stats-fixture';

const [mode = 'sync', file = '', endpoint = '', batches = '0'] = process.argv.slice(2);

async function syncAll(): Promise<number> {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const sync = new MatomoSync({
    db,
    installId: 'bench',
    target: () => ({
      endpoint,
      siteId: TEST_RULES.siteId,
      dimensions: TEST_DIMENSIONS,
      batchSize: 100,
    }),
    token: () => Promise.resolve(TEST_TOKEN),
    defaultLanguage: () => 'fr',
  });
  const result = await sync.syncPass();
  if (result.failed)
    throw new Error(`sync failed: ${JSON.stringify((await sync.snapshot()).lastError)}`);
  return result.sent;
}

async function postOnly(): Promise<number> {
  const db = new BetterSqlite3(file, { readonly: true });
  db.close();
  const request = `?idsite=${TEST_RULES.siteId}&rec=1&apiv=1&cid=0123456789abcdef&cdt=${Math.floor(Date.now() / 1000)}&h=10&m=0&s=0&e_c=search&e_a=found&lang=fr&dimension1=c&dimension2=t&dimension3=borne&dimension5=1&dimension6=fr`;
  const requests = Array.from({ length: 100 }, () => request);
  for (let index = 0; index < Number(batches); index += 1) {
    const outcome = await postBulk({ endpoint, requests, token: TEST_TOKEN, timeoutMs: 20_000 });
    if (!outcome.ok) throw new Error(outcome.error.detail);
  }
  return Number(batches) * 100;
}

const start = performance.now();
const sent = await (mode === 'sync' ? syncAll() : postOnly());
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ ms, sent, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
