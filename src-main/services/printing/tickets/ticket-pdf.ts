import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import qrcode from 'qrcode-generator';
import type { TextStyle, TicketLine } from './ticket-layout';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const QR_SIZE = 120;
const SIZES: Record<TextStyle, number> = { title: 20, heading: 12, body: 11, small: 9 };

/**
 * A ticket where the centre has no ticket printer: the same lines on the top half of an
 * A4 sheet (an A5 area, the page printer's own paper) with a cut line under it. The text
 * runs down the left, the QR code on the right beside the lines that introduce it. Helvetica's WinAnsi encoding is the
 * WPC1252 code page the layout was made printable for.
 */
export async function ticketOnPage(lines: readonly TicketLine[], cutHere: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage(A4);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  let y = A4[1] - MARGIN;
  const qr = lines.some((line) => line.kind === 'qr');
  const textWidth = A4[0] - 2 * MARGIN - (qr ? QR_SIZE + 12 : 0);
  for (const line of lines) {
    if (line.kind === 'text') {
      const size = SIZES[line.style];
      const font = line.style === 'title' || line.style === 'heading' ? bold : regular;
      y -= size * 1.35;
      const x =
        line.align === 'center'
          ? MARGIN + (textWidth - font.widthOfTextAtSize(line.text, size)) / 2
          : MARGIN;
      page.drawText(line.text, { x, y, size, font });
    } else if (line.kind === 'rule') {
      y -= 8;
      page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + textWidth, y }, thickness: 0.6 });
    } else if (line.kind === 'gap') {
      y -= 6;
    } else {
      // Beside the lines that introduce it, in the right-hand column.
      drawQr(page, line.data, A4[0] - MARGIN - QR_SIZE, y - QR_SIZE / 2, QR_SIZE);
    }
  }
  // Fits in the A5 half (the usual case): mark where to cut. Longer: the whole sheet is the ticket.
  if (y > A4[1] / 2 + 12) drawCutLine(page, regular, cutHere);
  return Buffer.from(await document.save());
}

function drawQr(page: PDFPage, data: string, x: number, y: number, size: number): void {
  const code = qrcode(0, 'M');
  code.addData(data, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const module = size / (count + 4);
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (!code.isDark(row, column)) continue;
      page.drawRectangle({
        x: x + (column + 2) * module,
        y: y + size - (row + 3) * module,
        width: module,
        height: module,
        color: rgb(0, 0, 0),
      });
    }
  }
}

function drawCutLine(page: PDFPage, font: PDFFont, label: string): void {
  const y = A4[1] / 2;
  page.drawLine({
    start: { x: 20, y },
    end: { x: A4[0] - 20, y },
    thickness: 0.5,
    dashArray: [4, 4],
    color: rgb(0.4, 0.4, 0.4),
  });
  page.drawText(label, {
    x: A4[0] / 2 - font.widthOfTextAtSize(label, 8) / 2,
    y: y + 4,
    size: 8,
    font,
    color: rgb(0.4, 0.4, 0.4),
  });
}
