import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePdf, writeSamplePdf } from '../../../test-support/sample-pdfs';
import { inspectPdf, looksLikePdf } from './pdf-inspection';

const dir = mkdtempSync(join(tmpdir(), 'borne-pdf-'));
const MB = 1024 * 1024;
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

describe('PDF inspection', () => {
  it('counts the pages of a real PDF', async () => {
    expect(await inspectPdf(await writeSamplePdf(dir, 'three.pdf', 3), 20 * MB)).toEqual({
      ok: true,
      pages: 3,
    });
  });

  it('refuses a 0-byte file', async () => {
    const file = join(dir, 'empty.pdf');
    writeFileSync(file, '');
    expect(await inspectPdf(file, 20 * MB)).toMatchObject({ ok: false, refusal: 'empty' });
  });

  it('refuses an HTML page saved under a .pdf name, without parsing it', async () => {
    const file = join(dir, 'attestation.pdf');
    writeFileSync(file, '<!DOCTYPE html><html><body>Session expirée</body></html>');
    expect(await inspectPdf(file, 20 * MB)).toEqual({
      ok: false,
      refusal: 'not-pdf',
      detail: 'starts with "<!DOCTYPE html><"',
    });
  });

  it('refuses a truncated PDF as broken', async () => {
    const file = join(dir, 'truncated.pdf');
    writeFileSync(file, (await samplePdf(2)).subarray(0, 400));
    expect(await inspectPdf(file, 20 * MB)).toMatchObject({ ok: false, refusal: 'broken' });
  });

  it('refuses a file over the size cap before reading it', async () => {
    const file = await writeSamplePdf(dir, 'big.pdf', 2);
    expect(await inspectPdf(file, 100)).toMatchObject({ ok: false, refusal: 'too-big' });
  });

  it.skipIf(!hasQpdf)(
    'refuses a PDF that needs a password, prints one with owner restrictions only',
    async () => {
      const plain = await writeSamplePdf(dir, 'plain.pdf', 2);
      const locked = join(dir, 'locked.pdf');
      const restricted = join(dir, 'restricted.pdf');
      spawnSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]);
      spawnSync('qpdf', [
        '--encrypt',
        '',
        'owner',
        '256',
        '--modify=none',
        '--',
        plain,
        restricted,
      ]);
      expect(await inspectPdf(locked, 20 * MB)).toMatchObject({ ok: false, refusal: 'password' });
      expect(await inspectPdf(restricted, 20 * MB)).toEqual({ ok: true, pages: 2 });
    },
  );

  it('finds the PDF signature after a little leading junk only', () => {
    expect(looksLikePdf(Buffer.from('\n\n%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(Buffer.concat([Buffer.alloc(2000, 32), Buffer.from('%PDF-1.7')]))).toBe(
      false,
    );
  });
});
