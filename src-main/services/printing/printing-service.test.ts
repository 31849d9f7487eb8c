import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectEvents, createPrintingBorne, eventually } from '../../test-support/printing-borne';
import { privateCupsUnavailableReason, type PrivateCups } from '../../test-support/private-cups';
import { usePrivateCups } from '../../test-support/private-cups-suite';
import { samplePdf } from '../../test-support/sample-pdfs';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';

const unavailable = privateCupsUnavailableReason();
if (unavailable) console.log(`[printing service tests] skipped: ${unavailable}`);

function pdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? Number.NaN);
}

function printEvents(borne: TestBorne): { kind: string; pages: number; outcome: string }[] {
  return borne.services.db
    .prepare<[], { data: string }>("SELECT data FROM usage_events WHERE type = 'print' ORDER BY id")
    .all()
    .map((row) => JSON.parse(row.data) as { kind: string; pages: number; outcome: string });
}

/** A download as the Electron handler delivers it: saved to the allocated path, then completed. */
async function download(borne: TestBorne, bytes: Uint8Array) {
  const { id, partFile } = borne.services.printing.allocateDownload();
  writeFileSync(partFile, bytes);
  return borne.services.printing.completeDownload(id, partFile);
}

describe.skipIf(unavailable !== null)('printing service over a real CUPS', () => {
  const privateCups = usePrivateCups();
  let cups: PrivateCups;
  beforeEach(() => {
    cups = privateCups();
  });

  it('prints an attestation a site gave: real output with its pages; the temp PDF is gone at session end', async () => {
    const borne = createPrintingBorne(cups);
    const received = collectEvents(borne, 'printDocumentReceived');
    const jobs = collectEvents(borne, 'printJobChanged');
    const admission = await download(borne, await samplePdf(2));
    expect(admission).toMatchObject({ ok: true, document: { pages: 2, source: 'download' } });
    if (!admission.ok) return;
    const { id, file } = admission.document;
    expect(received).toEqual([{ status: 'ready', id, pages: 2 }]);
    expect(file.startsWith(borne.services.paths.sessionTempDir)).toBe(true);

    const before = cups.outputs().length;
    expect(await borne.services.printing.printDocument(id)).toEqual({
      status: 'accepted',
      pages: 2,
      job: 'printing',
    });
    await eventually(
      () => jobs,
      (seen) => seen.length > 0,
    );
    expect(jobs).toEqual([{ documentId: id, state: 'printed', resident: null }]);
    const outputs = await eventually(
      () => cups.outputs(),
      (files) => files.length > before,
    );
    expect(pdfPages(outputs.at(-1) ?? '')).toBe(2);
    expect(borne.services.printing.quota().session).toEqual({ used: 2, limit: 20, remaining: 18 });
    expect(printEvents(borne)).toEqual([{ kind: 'pdf', pages: 2, outcome: 'printed' }]);

    expect(existsSync(file)).toBe(true);
    await borne.services.sessions.end('finished');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(borne.services.paths.sessionTempDir)).toEqual([]);
    borne.services.close();
  });

  it('refuses a 0-byte file and a web page named .pdf, keeping nothing', async () => {
    const borne = createPrintingBorne(cups);
    const received = collectEvents(borne, 'printDocumentReceived');
    expect(await download(borne, new Uint8Array())).toMatchObject({ ok: false, refusal: 'empty' });
    const html = Buffer.from('<!DOCTYPE html><title>Erreur</title>');
    expect(await download(borne, html)).toMatchObject({ ok: false, refusal: 'not-pdf' });
    expect(received).toEqual([
      { status: 'refused', reason: 'empty' },
      { status: 'refused', reason: 'not-pdf' },
    ]);
    expect(readdirSync(borne.services.paths.sessionTempDir)).toEqual([]);
    borne.services.close();
  });

  it('refuses a 500-page PDF over quota, with what remains, and prints nothing', async () => {
    const borne = createPrintingBorne(cups);
    const admission = await download(borne, await samplePdf(500));
    if (!admission.ok) throw new Error('500-page PDF refused at download');
    const before = cups.outputs().length;
    expect(await borne.services.printing.printDocument(admission.document.id)).toEqual({
      status: 'refused',
      reason: 'quota',
      limit: 'session',
      remaining: 20,
      requested: 500,
    });
    expect(printEvents(borne)).toEqual([{ kind: 'pdf', pages: 500, outcome: 'refused-quota' }]);
    expect(borne.services.printing.quota().day.used).toBe(0);
    expect(cups.outputs()).toHaveLength(before);
    borne.services.close();
  });

  it('explains a printer name that does not exist, to the resident and to the referent', async () => {
    const borne = createPrintingBorne(cups, { pagePrinter: 'Laser-Etage-2' });
    const admission = await download(borne, await samplePdf(1));
    if (!admission.ok) throw new Error('refused');
    expect(await borne.services.printing.printDocument(admission.document.id)).toEqual({
      status: 'failed',
      cause: 'printer-unknown',
      resident: 'printer-unavailable',
    });
    expect(borne.services.printAdmin.lastError()).toMatchObject({
      printer: 'Laser-Etage-2',
      cause: 'printer-unknown',
      detail: expect.stringContaining('does not exist') as string,
    });
    // Nothing printed, nothing charged.
    expect(borne.services.printing.quota().session.used).toBe(0);
    borne.services.close();
  });

  it('keeps the day count across a restart, and wipes a crash’s leftovers at start-up', async () => {
    const first = createPrintingBorne(cups);
    const admission = await download(first, await samplePdf(3));
    if (!admission.ok) throw new Error('refused');
    await first.services.printing.printDocument(admission.document.id);
    const { dataDir } = first;
    const leftover = admission.document.file;
    first.services.close(); // a crash: the session never ended

    const second = createPrintingBorne(cups, {}, dataDir);
    expect(existsSync(leftover)).toBe(false);
    expect(second.services.printing.quota().day.used).toBe(3);
    expect(second.services.printing.quota().session.used).toBe(0);
    second.services.close();
  });
});

describe('printing service without CUPS', () => {
  it('empties leftovers of the temp folder at start-up', () => {
    const first = createTestBorne();
    const dir = first.services.paths.sessionTempDir;
    first.services.close();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'c0ffee.pdf'), 'left by a crash');
    const second = createTestBorne(first.dataDir);
    expect(readdirSync(dir)).toEqual([]);
    second.services.close();
  });
});
