import type { PrintToPDFOptions } from 'electron';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../test-support/sample-pdfs';
import { createTestBorne, type TestBorne } from '../test-support/test-services';
import { createPageSource, PAGE_PDF_OPTIONS, type SiteContents } from './page-printer';

/** A typed stand-in for the site view's webContents: printToPDF answers with a real PDF. */
function fakeSite(pages: number, delayMs = 0) {
  const calls: PrintToPDFOptions[] = [];
  const contents: SiteContents = {
    isDestroyed: () => false,
    isLoading: () => false,
    printToPDF: async (options) => {
      calls.push(options);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return samplePdf(pages, 'Mon espace CAF');
    },
  };
  return { contents, calls };
}

describe('page printing from the site view', () => {
  let borne: TestBorne;
  afterEach(() => borne.services.close());

  it('renders the page as A4 (never Letter) and gives the preview its page count', async () => {
    borne = createTestBorne();
    const site = fakeSite(3);
    borne.services.printing.setPageSource(createPageSource(() => site.contents));
    const document = await borne.services.printing.preparePage();
    expect(document).toMatchObject({ source: 'page', pages: 3 });
    expect(site.calls).toEqual([PAGE_PDF_OPTIONS]);
    expect(site.calls[0]?.pageSize).toBe('A4');
    const pdf = await PDFDocument.load(
      Buffer.from(await borne.services.printing.documentData(document.id), 'base64'),
    );
    expect(pdf.getPageCount()).toBe(3);
  });

  it('has nothing to print on the portal (no site view) or when the page hangs', async () => {
    borne = createTestBorne();
    borne.services.printing.setPageSource(createPageSource(() => null));
    await expect(borne.services.printing.preparePage()).rejects.toThrow('no site page');
    const slow = fakeSite(1, 500);
    borne.services.printing.setPageSource(createPageSource(() => slow.contents, 50));
    await expect(borne.services.printing.preparePage()).rejects.toThrow('no site page');
  });
});
