import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real PDF of `pages` A4 pages, each saying its number (for print and preview tests). */
export async function samplePdf(pages: number, title = 'Attestation de paiement'): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = 1; index <= pages; index += 1) {
    const page = document.addPage([595.28, 841.89]);
    page.drawText(title, { x: 60, y: 760, size: 22, font });
    page.drawText(`Page ${index} / ${pages}`, { x: 60, y: 720, size: 14, font });
  }
  return Buffer.from(await document.save());
}

export async function writeSamplePdf(dir: string, name: string, pages: number): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await samplePdf(pages));
  return file;
}
