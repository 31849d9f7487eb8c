import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { PrintSystemError, type PrintSystem } from '../print-system';

/**
 * Sends ready ESC/POS bytes to a network receipt printer (raw TCP, port 9100 by
 * convention) through node-thermal-printer's network interface. A refused or silent
 * connection means the printer is off or unplugged.
 */
export async function sendToNetworkPrinter(
  bytes: Buffer,
  host: string,
  port: number,
  timeoutMs: number,
): Promise<void> {
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: `tcp://${host}:${port}`,
    options: { timeout: timeoutMs },
  });
  printer.setBuffer(bytes);
  try {
    await printer.execute();
  } catch (error) {
    const detail = `${host}:${port} — ${(error as Error).message}`;
    throw new PrintSystemError('printer-offline', detail, `${host}:${port}`);
  }
}

/** What node-thermal-printer's `printer:<name>` interface asks of a driver. */
export interface ThermalPrinterDriver {
  getPrinters(): { name: string; status: string[]; attributes: string[] }[];
  getPrinter(name: string): { name: string; status: string[]; attributes: string[] } | undefined;
  printDirect(job: {
    data: Buffer;
    printer: string;
    type: string;
    docname: string | false;
    success(jobId: string): void;
    error(error: unknown): void;
  }): void;
}

/**
 * A driver for node-thermal-printer's system-printer interface over the platform's raw
 * queue (`lp -o raw` on CUPS): the bytes reach the printer untouched. The library asks
 * for the printer list synchronously; the borne never uses "auto" so the named queue is
 * the only one it reports.
 */
export function rawQueueDriver(system: PrintSystem, title: string): ThermalPrinterDriver {
  return {
    getPrinters: () => [],
    getPrinter: (name) => ({ name, status: [], attributes: ['RAW-ONLY'] }),
    printDirect(job) {
      system.submitRaw(job.data, job.printer, title).then(
        (submitted) => job.success(submitted.jobId ?? ''),
        (error: unknown) => job.error(error),
      );
    },
  };
}

/** Sends ESC/POS bytes to a system queue through node-thermal-printer and the raw driver. */
export async function sendToSystemTicketPrinter(
  bytes: Buffer,
  queue: string,
  system: PrintSystem,
  title: string,
): Promise<void> {
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: `printer:${queue}`,
    driver: rawQueueDriver(system, title),
  });
  printer.setBuffer(bytes);
  await printer.execute({ docname: title });
}
