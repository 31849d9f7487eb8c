import { open } from 'node:fs/promises';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Why a file offered as a PDF is not printed. */
export type PdfRefusal =
  /** 0 bytes: an interrupted download, or a site that sent nothing. */
  | 'empty'
  /** Not a PDF whatever its name says (an HTML error page saved as "attestation.pdf"…). */
  | 'not-pdf'
  | 'too-big'
  /** Needs a password to open: the borne cannot print it. */
  | 'password'
  /** Starts like a PDF but cannot be read (truncated, corrupt). */
  | 'broken'
  | 'no-pages';

export type PdfInspection =
  { ok: true; pages: number } | { ok: false; refusal: PdfRefusal; detail: string };

/** "%PDF-" may follow a little junk (the spec allows it within the first 1024 bytes). */
const MAGIC = Buffer.from('%PDF-');
const MAGIC_WINDOW = 1024;

/** The first bytes alone: is it a PDF at all? Cheap, done before any parsing. */
export function looksLikePdf(head: Buffer): boolean {
  return head.subarray(0, MAGIC_WINDOW).includes(MAGIC);
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/**
 * Counts the pages of a PDF the way the borne's preview will show it: both use PDF.js
 * (Mozilla's, the reader of Firefox, maintained and fuzzed), so the count the quota sees
 * is the count the resident sees. PDF.js also opens files encrypted with an owner
 * password only (print restrictions, common on official documents), and says when a user
 * password is needed, which no hand-written check would get right. Eval stays off
 * (isEvalSupported: false) so a hostile font cannot run code (CVE-2024-4367).
 */
export async function inspectPdf(file: string, maxBytes: number): Promise<PdfInspection> {
  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size === 0) return { ok: false, refusal: 'empty', detail: '0 bytes' };
    if (size > maxBytes) return { ok: false, refusal: 'too-big', detail: `${size} bytes` };
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (!looksLikePdf(bytes)) {
    return { ok: false, refusal: 'not-pdf', detail: describeStart(bytes) };
  }
  return countPages(bytes);
}

async function countPages(bytes: Buffer): Promise<PdfInspection> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const task = getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages = document.numPages;
    if (pages < 1) return { ok: false, refusal: 'no-pages', detail: '0 pages' };
    return { ok: true, pages };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const detail = `${name}: ${(error as { message?: string }).message ?? String(error)}`;
    return { ok: false, refusal: name === 'PasswordException' ? 'password' : 'broken', detail };
  } finally {
    await task.destroy();
  }
}

/** What the file looks like instead, for the referent's log: "<!DOCTYPE html>…", never more. */
function describeStart(bytes: Buffer): string {
  const text = bytes
    .subarray(0, 16)
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '.');
  return `starts with "${text}"`;
}
