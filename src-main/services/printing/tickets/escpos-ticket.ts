import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import type { TextStyle, TicketLine } from './ticket-layout';
import type { TicketCodePage } from './ticket-text';

/** Printable width in dots at 203 dpi: 48 mm on 58 mm paper, 72 mm on 80 mm paper. */
const PRINTABLE_DOTS = { 58: 384, 80: 576 } as const;

export interface EscPosFormat {
  paperWidthMm: 58 | 80;
  codePage: TicketCodePage;
  columns: number;
}

/**
 * ESC/POS bytes of a ticket (Epson command set, which nearly every receipt printer
 * speaks): reset (ESC @), code page (ESC t), the lines, the QR code drawn by the printer
 * itself (GS ( k), a feed and a full cut (GS V). Built with node-thermal-printer, which
 * also encodes each letter in the chosen code page.
 */
export function escposTicket(lines: readonly TicketLine[], format: EscPosFormat): Buffer {
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: '',
    width: format.columns,
    breakLine: BreakLine.NONE,
  });
  printer.setBuffer(Buffer.from([0x1b, 0x40]));
  printer.setCharacterSet(CharacterSet[format.codePage]);
  for (const line of lines) {
    switch (line.kind) {
      case 'text':
        if (line.align === 'center') printer.alignCenter();
        else printer.alignLeft();
        style(printer, line.style);
        printer.println(line.text);
        printer.setTextNormal();
        printer.bold(false);
        break;
      case 'qr':
        printer.alignCenter();
        printer.printQR(line.data, {
          cellSize: qrCellSize(line.modules, format.paperWidthMm),
          correction: 'M',
          model: 2,
        });
        printer.newLine();
        break;
      case 'rule':
        printer.alignLeft();
        printer.drawLine('-');
        break;
      case 'gap':
        printer.newLine();
        break;
    }
  }
  printer.alignLeft();
  printer.cut();
  return printer.getBuffer();
}

function style(printer: ThermalPrinter, textStyle: TextStyle) {
  if (textStyle === 'title') {
    printer.setTextDoubleHeight();
    printer.bold(true);
  } else if (textStyle === 'heading') {
    printer.bold(true);
  }
}

/**
 * Dots per QR module: as large as fits 60 % of the printable width with its quiet zone,
 * at least 3 (smaller does not scan from paper), at most 8 (the printers' maximum).
 */
export function qrCellSize(modules: number, paperWidthMm: 58 | 80): number {
  const fit = Math.floor((PRINTABLE_DOTS[paperWidthMm] * 0.6) / (modules + 8));
  return Math.max(3, Math.min(8, fit));
}
