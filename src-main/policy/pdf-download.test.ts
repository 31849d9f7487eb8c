import { describe, expect, it } from 'vitest';
import { judgeDownload } from './pdf-download';

const MB = 1024 * 1024;

describe('which downloads may become documents to print', () => {
  it('accepts a PDF by its type, or by its name when the server sends no useful type', () => {
    expect(
      judgeDownload({ mimeType: 'application/pdf', filename: 'x', totalBytes: 1000 }, MB),
    ).toEqual({ accept: true });
    expect(
      judgeDownload(
        { mimeType: 'application/octet-stream', filename: 'attestation.PDF', totalBytes: 0 },
        MB,
      ),
    ).toEqual({ accept: true });
  });

  it('refuses anything else, whatever it is called', () => {
    for (const facts of [
      { mimeType: 'application/zip', filename: 'attestation.pdf', totalBytes: 10 },
      { mimeType: 'text/html', filename: 'attestation.pdf', totalBytes: 10 },
      { mimeType: 'application/octet-stream', filename: 'setup.exe', totalBytes: 10 },
      {
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filename: 'cerfa.docx',
        totalBytes: 10,
      },
    ]) {
      expect(judgeDownload(facts, MB)).toEqual({ accept: false, reason: 'not-pdf' });
    }
  });

  it('refuses a PDF announced bigger than the cap', () => {
    expect(
      judgeDownload({ mimeType: 'application/pdf', filename: 'x.pdf', totalBytes: 2 * MB }, MB),
    ).toEqual({
      accept: false,
      reason: 'too-big',
    });
  });
});
