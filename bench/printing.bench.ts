import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createPrintingBorne } from '../src-main/test-support/printing-borne';
import {
  privateCupsUnavailableReason,
  startPrivateCups,
} from '../src-main/test-support/private-cups';
import { samplePdf } from '../src-main/test-support/sample-pdfs';
import { percentiles, ratio } from './stats';
import type { BenchResult } from './types';

const run = promisify(execFile);
const ROUNDS = 40;
const WARMUP = 5;

/**
 * "Imprimer" to "job accepted by CUPS": the printing service's printDocument (quota,
 * SQLite counters, statistics, lp, job id parsed, tracking armed) beside `lp` run
 * directly with the same arguments on the same file, alternately, against a private
 * CUPS whose queue holds jobs (accepted, not rendered) so the PDF filter chain does not
 * load the machine during the measure. Held jobs are cancelled at the end.
 */
export default async function printingBench(): Promise<BenchResult[]> {
  const unavailable = privateCupsUnavailableReason();
  if (unavailable) throw new Error(`printing bench needs a private CUPS: ${unavailable}`);
  const cups = await startPrivateCups();
  try {
    cups.admin('lpadmin', ['-p', cups.queue, '-o', 'job-hold-until-default=indefinite']);
    const borne = createPrintingBorne(cups, {
      quotas: { pagesPerSession: 500, pagesPerDay: 10_000 },
    });
    const dir = mkdtempSync(join(tmpdir(), 'borne-bench-'));
    const results: BenchResult[] = [];
    for (const pages of [1, 10]) {
      const bytes = await samplePdf(pages);
      const direct = join(dir, `direct-${pages}.pdf`);
      writeFileSync(direct, bytes);
      const admission = await borne.services.printing.receiveBytes(bytes);
      if (!admission.ok) throw new Error(`sample refused: ${admission.detail}`);
      const { id } = admission.document;
      const lpDirect = () =>
        run('lp', ['-d', cups.queue, '-t', 'Borne - pdf', '-o', 'media=A4', '--', direct], {
          env: cups.env,
        });
      const service = async () => {
        const outcome = await borne.services.printing.printDocument(id);
        if (outcome.status !== 'accepted') {
          throw new Error(`not accepted: ${JSON.stringify(borne.services.printAdmin.lastError())}`);
        }
      };
      const samples = await alternate(ROUNDS, WARMUP, service, lpDirect, () =>
        borne.services.printing.close(),
      );
      cups.admin('cancel', ['-a', cups.queue]);
      const measured = percentiles(samples.measured);
      const baseline = percentiles(samples.baseline);
      results.push({
        name: `print a ${pages}-page PDF: "Imprimer" to job accepted by CUPS`,
        unit: 'ms',
        measured,
        baseline: { what: 'lp called directly, same file and options', ...baseline },
        ratio: { p50: ratio(measured.p50, baseline.p50), p99: ratio(measured.p99, baseline.p99) },
        target: 'p50 within 1.3× of lp direct',
        met: measured.p50 <= 1.3 * baseline.p50,
      });
    }
    borne.services.close();
    return results;
  } finally {
    await cups.dispose();
  }
}

/** Times both, call by call; `between` runs untimed after each service call (stops job tracking). */
async function alternate(
  rounds: number,
  warmup: number,
  measured: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  between: () => void,
): Promise<{ measured: number[]; baseline: number[] }> {
  const samples = { measured: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < warmup + rounds; round += 1) {
    let start = performance.now();
    await measured();
    const serviceMs = performance.now() - start;
    between();
    start = performance.now();
    await baseline();
    const lpMs = performance.now() - start;
    if (round >= warmup) {
      samples.measured.push(serviceMs);
      samples.baseline.push(lpMs);
    }
  }
  return samples;
}
