import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { collectEvents, eventually } from '../test-support/printing-borne';
import { samplePdf } from '../test-support/sample-pdfs';
import { createTestBorne, type TestBorne } from '../test-support/test-services';
import { handlePdfDownload } from './pdf-download-handler';
import { fakeDownloadItem } from './testing/fake-download-item';

describe('the site view’s download handler', () => {
  let borne: TestBorne;
  afterEach(() => borne.services.close());

  function setUp() {
    borne = createTestBorne();
    return {
      received: collectEvents(borne, 'printDocumentReceived'),
      dir: borne.services.paths.sessionTempDir,
    };
  }

  it('saves a PDF into the session temp folder under a random name and hands it to printing', async () => {
    const { received, dir } = setUp();
    const download = fakeDownloadItem({
      mimeType: 'application/pdf',
      filename: 'attestation-DUPONT-Marie.pdf',
    });
    handlePdfDownload(download.item, borne.services.printing);
    const savePath = download.savePath() ?? '';
    expect(savePath.startsWith(`${dir}/`)).toBe(true);
    expect(savePath).not.toContain('DUPONT');
    expect(download.arrive(await samplePdf(2), 4)).toBe('completed');
    await eventually(
      () => received,
      (seen) => seen.length > 0,
    );
    expect(received).toEqual([{ status: 'ready', id: expect.any(String) as string, pages: 2 }]);
    const id = received[0]?.status === 'ready' ? received[0].id : '';
    expect(borne.services.printing.document(id)).toMatchObject({ pages: 2, source: 'download' });
    expect(readdirSync(dir)).toEqual([`${id}.pdf`]);
  });

  it('cancels a file that is not a PDF (no save dialog: the path is set first) and says so', () => {
    const { received, dir } = setUp();
    const download = fakeDownloadItem({ mimeType: 'application/zip', filename: 'dossier.zip' });
    handlePdfDownload(download.item, borne.services.printing);
    expect(download.savePath()).not.toBeNull();
    expect(download.arrive(Buffer.from('PK...'))).toBe('cancelled');
    expect(received).toEqual([{ status: 'refused', reason: 'not-pdf' }]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops a download that grows past the size cap even when the server did not announce it', () => {
    const { received } = setUp();
    const download = fakeDownloadItem({
      mimeType: 'application/pdf',
      filename: 'big.pdf',
      totalBytes: 0,
    });
    handlePdfDownload(download.item, borne.services.printing);
    const tooBig = Buffer.alloc(borne.services.printing.maxDownloadBytes() + 10, 0x20);
    expect(download.arrive(tooBig, 8)).toBe('cancelled');
    expect(received).toEqual([{ status: 'refused', reason: 'too-big' }]);
    expect(existsSync(download.savePath() ?? '')).toBe(false);
  });

  it('refuses a web page saved as .pdf once its content is seen, and deletes it', async () => {
    const { received, dir } = setUp();
    const download = fakeDownloadItem({
      mimeType: 'application/octet-stream',
      filename: 'attestation.pdf',
    });
    handlePdfDownload(download.item, borne.services.printing);
    download.arrive(Buffer.from('<!DOCTYPE html><p>Votre session a expiré</p>'));
    await eventually(
      () => received,
      (seen) => seen.length > 0,
    );
    expect(received).toEqual([{ status: 'refused', reason: 'not-pdf' }]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cleans up an interrupted download', () => {
    const { received } = setUp();
    const download = fakeDownloadItem({ mimeType: 'application/pdf', filename: 'a.pdf' });
    handlePdfDownload(download.item, borne.services.printing);
    expect(download.interrupt()).toBe('interrupted');
    expect(received).toEqual([{ status: 'refused', reason: 'broken' }]);
  });
});
