import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { collectEvents, createPrintingBorne, eventually } from '../../test-support/printing-borne';
import {
  privateCupsUnavailableReason,
  startPrivateCups,
  type PrivateCups,
} from '../../test-support/private-cups';
import { samplePdf } from '../../test-support/sample-pdfs';
import type { TestBorne } from '../../test-support/test-services';

const unavailable = privateCupsUnavailableReason();
if (unavailable) console.log(`[print failure tests] skipped: ${unavailable}`);

async function documentOf(borne: TestBorne, pages: number): Promise<string> {
  const { id, partFile } = borne.services.printing.allocateDownload();
  writeFileSync(partFile, await samplePdf(pages));
  const admission = await borne.services.printing.completeDownload(id, partFile);
  if (!admission.ok) throw new Error(admission.detail);
  return admission.document.id;
}

/** Each case stops or breaks its own CUPS, so each gets a fresh one. */
describe.skipIf(unavailable !== null)('print failures, each explained', () => {
  let cups: PrivateCups | null = null;
  let borne: TestBorne | null = null;
  afterEach(async () => {
    borne?.services.close();
    await cups?.dispose();
    cups = null;
    borne = null;
  });

  it('CUPS stopped mid-job: the job was accepted, then the resident and the referent are told', async () => {
    cups = await startPrivateCups();
    // Jobs wait on hold, as a busy queue would, so the job is still in CUPS when it stops.
    cups.admin('lpadmin', ['-p', cups.queue, '-o', 'job-hold-until-default=indefinite']);
    borne = createPrintingBorne(cups);
    const jobs = collectEvents(borne, 'printJobChanged');
    const id = await documentOf(borne, 2);
    expect(await borne.services.printing.printDocument(id)).toMatchObject({
      status: 'accepted',
      job: 'printing',
    });

    await cups.stop();
    await eventually(
      () => jobs,
      (seen) => seen.length > 0,
    );
    expect(jobs).toEqual([{ documentId: id, state: 'failed', resident: 'printer-unavailable' }]);
    expect(borne.services.printAdmin.lastError()).toMatchObject({
      cause: 'print-system-down',
      detail: expect.stringContaining('not running') as string,
    });
    // The next "Imprimer" fails at once, with the same plain message, and charges nothing.
    const usedBefore = borne.services.printing.quota().session.used;
    expect(await borne.services.printing.printDocument(id)).toEqual({
      status: 'failed',
      cause: 'print-system-down',
      resident: 'printer-unavailable',
    });
    expect(borne.services.printing.quota().session.used).toBe(usedBefore);
    // The referent's printer list says why it is empty.
    expect(await borne.services.printAdmin.printers()).toMatchObject({
      printers: [],
      failure: { cause: 'print-system-down' },
    });
  });

  it('out of paper: a stopped queue holds the job and the resident is told to ask at the desk', async () => {
    cups = await startPrivateCups();
    cups.admin('cupsdisable', ['-r', 'media-empty', cups.queue]);
    borne = createPrintingBorne(cups);
    const jobs = collectEvents(borne, 'printJobChanged');
    const id = await documentOf(borne, 1);
    expect(await borne.services.printing.printDocument(id)).toMatchObject({ status: 'accepted' });
    await eventually(
      () => jobs,
      (seen) => seen.length > 0,
    );
    expect(jobs).toEqual([{ documentId: id, state: 'failed', resident: 'out-of-paper' }]);
    expect(borne.services.printAdmin.lastError()).toMatchObject({
      cause: 'out-of-paper',
      printer: cups.queue,
    });
  });
});
