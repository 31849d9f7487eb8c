import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { printableText } from './tickets/ticket-text';
import { fill, frenchShortDate, type TestPageWords } from './tickets/ticket-wording';

/**
 * The referent's test page: a frame near the edges (are the margins cut?), the printer's
 * name, the date and every accent French needs. One A4 page.
 */
export async function testPagePdf(
  words: TestPageWords,
  printer: string,
  at: Date,
): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595.28, 841.89]);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const text = (value: string) => printableText(value, 'WPC1252');
  page.drawRectangle({
    x: 28,
    y: 28,
    width: 539,
    height: 786,
    borderWidth: 1.5,
    borderColor: rgb(0, 0, 0),
  });
  page.drawText(text(words.title), { x: 60, y: 740, size: 26, font: bold });
  const lines = [
    words.body,
    fill(words.printer, { name: printer }),
    fill(words.printedOn, { date: frenchShortDate(at) }),
    words.accents,
  ];
  lines.forEach((line, index) => {
    page.drawText(text(line), { x: 60, y: 690 - index * 28, size: 15, font: regular });
  });
  return Buffer.from(await document.save());
}
