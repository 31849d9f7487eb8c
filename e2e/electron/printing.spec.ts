import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { findElectronBinary } from '../support/electron-binary';
import { screenshot } from '../support/screenshots';
import { samplePdf } from '../../src-main/test-support/sample-pdfs';
import { bundlePrintShell } from './support/bundle-print-shell';

const binary = findElectronBinary();
if (!binary.path) console.log(`[electron printing specs] skipped: ${binary.reason}`);
const ROOT = resolve(import.meta.dirname, '..', '..');

/** Loads the bundled print shell adapters inside Electron's main process. */
type MainRequire = (id: string) => unknown;
declare const process: { mainModule?: { require: MainRequire } };

test.describe('printing in the Electron app', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);
  let app: ElectronApplication;
  let bundle: string;
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    bundle = await bundlePrintShell();
    const attestation = await samplePdf(2, 'Attestation de droits');
    server = createServer((request, response) => {
      if (request.url === '/attestation.pdf') {
        response.writeHead(200, {
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="attestation-DUPONT.pdf"',
        });
        response.end(attestation);
      } else {
        response.writeHead(200, {
          'content-type': 'application/zip',
          'content-disposition': 'attachment; filename="dossier.zip"',
        });
        response.end('PK\u0003\u0004');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = await electron.launch({
      executablePath: binary.path,
      args: [
        ROOT,
        '--windowed',
        '--data-dir',
        mkdtempSync(join(tmpdir(), 'borne-electron-print-')),
      ],
      cwd: ROOT,
    });
  });
  test.afterAll(async () => {
    await app.close();
    await new Promise((done) => server.close(done));
  });

  test('printToPDF gives the preview an A4 PDF of the page, with its page count', async () => {
    const base64 = await app.evaluate(async ({ BrowserWindow }, path) => {
      const shell = process.mainModule?.require(path) as {
        createPageSource(get: () => unknown): { capturePdf(): Promise<Uint8Array | null> };
      };
      const site = new BrowserWindow({ show: false, webPreferences: { sandbox: true } });
      const paragraphs = Array.from(
        { length: 120 },
        (_, index) => `<p>Ligne ${index + 1} de l'attestation</p>`,
      );
      await site.loadURL(
        `data:text/html;charset=utf-8,${encodeURIComponent(`<h1>Mes droits</h1>${paragraphs.join('')}`)}`,
      );
      const pdf = await shell.createPageSource(() => site.webContents).capturePdf();
      site.destroy();
      return pdf ? Buffer.from(pdf).toString('base64') : null;
    }, bundle);
    expect(base64).not.toBeNull();
    const pdf = await PDFDocument.load(Buffer.from(base64 ?? '', 'base64'));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });

  test('a site download is saved only in the temp folder, without a dialog; a zip is refused', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'borne-electron-session-temp-'));
    const outcome = await app.evaluate(
      async ({ session }, { path, dir, base }) => {
        const shell = process.mainModule?.require(path) as {
          handlePdfDownload(item: unknown, receiver: unknown): void;
        };
        const ses = session.fromPartition('borne-print-spec');
        const seen: { completed: string[]; refused: string[] } = { completed: [], refused: [] };
        let count = 0;
        const finished = new Promise<void>((resolve) => {
          const receiver = {
            maxDownloadBytes: () => 1024 * 1024,
            allocateDownload: () => {
              count += 1;
              return { id: `d${count}`, partFile: `${dir}/d${count}.part` };
            },
            completeDownload: (_id: string, file: string) => {
              seen.completed.push(file);
              if (seen.completed.length + seen.refused.length === 2) resolve();
              return Promise.resolve();
            },
            refuseDownload: (reason: string) => {
              seen.refused.push(reason);
              if (seen.completed.length + seen.refused.length === 2) resolve();
            },
          };
          ses.on('will-download', (_event, item) => shell.handlePdfDownload(item, receiver));
        });
        ses.downloadURL(`${base}/attestation.pdf`);
        ses.downloadURL(`${base}/dossier.zip`);
        await finished;
        return seen;
      },
      { path: bundle, dir: tempDir, base: origin },
    );
    expect(outcome.refused).toEqual(['not-pdf']);
    expect(outcome.completed).toHaveLength(1);
    const saved = outcome.completed[0] ?? '';
    expect(saved.startsWith(tempDir)).toBe(true);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the print route of the UI answers in the app (no site page yet: a plain message)', async ({}, testInfo) => {
    const page = await app.firstWindow();
    await page.evaluate(() => {
      window.location.hash = '#/print/page';
    });
    await expect(page.getByText("Il n'y a pas de page à imprimer pour le moment.")).toBeVisible();
    await screenshot(page, testInfo, 'electron-print-no-page');
  });
});
