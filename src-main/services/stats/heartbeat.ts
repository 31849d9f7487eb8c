import { statfs } from 'node:fs/promises';
import type { UsageEvent } from '../../api/contract/usage-event';

export type PrinterState = 'ok' | 'error' | 'none';
/** The printing feature tells whether the borne's printer answers; 'none' until it does. */
export type PrinterProbe = () => Promise<PrinterState>;

/** Free space, in MB, of the disk holding `dir`; 0 when it cannot be read. */
export async function freeDiskMb(dir: string): Promise<number> {
  try {
    const stats = await statfs(dir);
    return Math.floor((stats.bavail * stats.bsize) / 2 ** 20);
  } catch {
    return 0;
  }
}

/** The "I am alive" event the federation reads: version, printer, free disk. */
export async function heartbeatEvent(
  version: string,
  dataDir: string,
  probe: PrinterProbe,
): Promise<Extract<UsageEvent, { type: 'heartbeat' }>> {
  const [printer, disk] = await Promise.all([
    probe().catch((): PrinterState => 'error'),
    freeDiskMb(dataDir),
  ]);
  return { type: 'heartbeat', version: version.slice(0, 40), printer, freeDiskMb: disk };
}
