import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyDisk {
  dir: string;
  unmount(): void;
}

/**
 * A real, tiny file system (tmpfs) to reproduce a full disk with real ENOSPC errors.
 * Mounting needs root, which CI has; elsewhere this returns a reason to skip.
 */
export function mountTinyDisk(sizeKb: number): TinyDisk | { skipReason: string } {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return { skipReason: 'a real full disk needs a tmpfs mount, which needs root on Linux' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'borne-tiny-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skipReason: `tmpfs mount refused here: ${String(error)}` };
  }
  return {
    dir,
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
