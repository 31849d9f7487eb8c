/**
 * `npm run bench`: runs every benchmark and prints one JSON document. Each figure comes
 * with its baseline, measured in the same run on the same machine, and the ratio the
 * issue's target is stated in. Timings are never asserted in unit tests; they live here.
 *
 * Every `bench/*.bench.ts` is a benchmark: its default export is a function returning one
 * BenchResult or several. Run some with: npm run bench -- <file name substring>
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './types';

type Benchmark = () => Promise<BenchResult | BenchResult[]>;

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => !filter || name.includes(filter))
    .sort();
  const results: BenchResult[] = [];
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    const module = (await import(pathToFileURL(`${import.meta.dirname}/${file}`).href)) as {
      default: Benchmark;
    };
    results.push(...[await module.default()].flat());
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
