import * as pdfToPrinter from 'pdf-to-printer';
import { createCupsPrintSystem } from './cups/cups-print-system';
import type { PrintSystem } from './print-system';
import { createWindowsPrintSystem } from './windows/windows-print-system';

/** CUPS everywhere but Windows (Linux bornes, and macOS for developers). */
export function choosePrintSystem(platform: NodeJS.Platform = process.platform): PrintSystem {
  return platform === 'win32' ? createWindowsPrintSystem(pdfToPrinter) : createCupsPrintSystem();
}
