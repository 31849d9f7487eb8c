/**
 * `npm run bench`: runs every benchmark and prints one JSON document. Each figure comes
 * with its baseline, measured in the same run on the same machine, and the ratio the
 * issue's target is stated in. Timings are never asserted in unit tests; they live here.
 * Run one with: npm run bench -- <name substring>
 */
import { cpus, totalmem } from 'node:os';
import { apiRoundTrip } from './api-round-trip.bench';
import type { BenchResult } from './types';

const BENCHMARKS: Record<string, () => Promise<BenchResult>> = {
  'api-round-trip': apiRoundTrip,
};

async function main(): Promise<void> {
  const filter = process.argv[2];
  const results: BenchResult[] = [];
  for (const [name, run] of Object.entries(BENCHMARKS)) {
    if (filter && !name.includes(filter)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    results.push(await run());
  }
  const report = {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    at: new Date().toISOString(),
    results,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exit(1);
});
