/**
 * Whether a download a site starts may become a document to print. Pure; the Electron
 * handler asks before anything is written. The content itself (magic bytes, pages,
 * password) is checked once the file is in the session's temp folder.
 */
export interface DownloadFacts {
  mimeType: string;
  filename: string;
  /** 0 when the server did not say. */
  totalBytes: number;
}

export type DownloadVerdict = { accept: true } | { accept: false; reason: 'not-pdf' | 'too-big' };

const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf', 'application/acrobat']);
/** Types servers use when they do not know better; the name and the content then decide. */
const UNSURE_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/force-download',
]);

export function judgeDownload(facts: DownloadFacts, maxBytes: number): DownloadVerdict {
  const type = facts.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const pdfName = /\.pdf$/i.test(facts.filename.trim());
  const pdfType = PDF_TYPES.has(type) || (UNSURE_TYPES.has(type) && pdfName);
  if (!pdfType) return { accept: false, reason: 'not-pdf' };
  if (facts.totalBytes > maxBytes) return { accept: false, reason: 'too-big' };
  return { accept: true };
}
