import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printSystemFailure } from '../../../test-support/print-system-failure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  privateCupsUnavailableReason,
  startPrivateCups,
  type PrivateCups,
} from '../../../test-support/private-cups';
import { writeSamplePdf } from '../../../test-support/sample-pdfs';
import type { PrintSystem } from '../print-system';
import { createCupsPrintSystem } from './cups-print-system';

const unavailable = privateCupsUnavailableReason();
if (unavailable) console.log(`[cups tests] skipped: ${unavailable}`);
const dir = mkdtempSync(join(tmpdir(), 'borne-cups-files-'));

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function pdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? Number.NaN);
}

describe.skipIf(unavailable !== null)('printing through a real CUPS', () => {
  let cups: PrivateCups;
  let system: PrintSystem;

  beforeAll(async () => {
    cups = await startPrivateCups();
    system = createCupsPrintSystem({ env: cups.env });
  }, 30_000);
  afterAll(async () => {
    await cups.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the queues with their state', async () => {
    const printers = await system.listPrinters();
    expect(printers).toEqual([
      expect.objectContaining({ name: cups.queue, isDefault: false, fault: null }),
    ]);
  });

  it('prints a real 3-page PDF: the job completes and the output PDF has 3 pages', async () => {
    const file = await writeSamplePdf(dir, 'attestation.pdf', 3);
    const job = await system.submitPdf(file, { printer: cups.queue, title: 'Borne', media: 'A4' });
    expect(job).toMatchObject({ printer: cups.queue, trackable: true });
    expect(job.jobId).toMatch(new RegExp(`^${cups.queue}-\\d+$`));
    const progress = await until(
      () => system.jobProgress(job),
      (state) => state.state === 'done',
    );
    expect(progress).toEqual({ state: 'done' });
    const outputs = await until(
      () => Promise.resolve(cups.outputs()),
      (files) => files.length > 0,
    );
    expect(outputs).toHaveLength(1);
    expect(pdfPages(outputs[0] ?? '')).toBe(3);
  });

  it('names a printer that does not exist, and takes a hostile name as a plain argument', async () => {
    const file = await writeSamplePdf(dir, 'one.pdf', 1);
    const unknown = await printSystemFailure(
      system.submitPdf(file, { printer: 'Imprimante-Fantome', title: 'Borne', media: 'A4' }),
    );
    expect(unknown.failure).toBe('printer-unknown');
    const hostile = await printSystemFailure(
      system.submitPdf(file, { printer: 'x; touch /tmp/pwned #', title: 'Borne', media: 'A4' }),
    );
    expect(hostile.failure).toBe('printer-unknown');
  });

  it('says the queue refuses jobs', async () => {
    cups.admin('cupsreject', [cups.queue]);
    try {
      const file = await writeSamplePdf(dir, 'refused.pdf', 1);
      const refused = await printSystemFailure(
        system.submitPdf(file, { printer: cups.queue, title: 'Borne', media: 'A4' }),
      );
      expect(refused.failure).toBe('job-refused');
      expect(refused.detail).toContain('not accepting jobs');
    } finally {
      cups.admin('cupsaccept', [cups.queue]);
    }
  });

  it('sees a job held by an empty paper tray, then CUPS stopped mid-job', async () => {
    cups.admin('cupsdisable', ['-r', 'media-empty', cups.queue]);
    const file = await writeSamplePdf(dir, 'held.pdf', 2);
    const job = await system.submitPdf(file, { printer: cups.queue, title: 'Borne', media: 'A4' });
    expect(await system.jobProgress(job)).toMatchObject({ state: 'held', cause: 'out-of-paper' });
    expect((await system.listPrinters())[0]?.fault).toBe('out-of-paper');

    await cups.stop();
    const down = await printSystemFailure(system.jobProgress(job));
    expect(down.failure).toBe('print-system-down');
    const again = await printSystemFailure(
      system.submitPdf(file, { printer: cups.queue, title: 'Borne', media: 'A4' }),
    );
    expect(again.failure).toBe('print-system-down');
    expect((await printSystemFailure(system.listPrinters())).failure).toBe('print-system-down');
  });
});
