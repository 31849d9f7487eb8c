import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that a reader (or a crash, or a power cut) sees either the old
 * content or the new one, never half of it: write a temp file beside the target,
 * flush it to disk, rename it over the target, then flush the folder entry.
 * On failure (a full disk, say) the temp file is removed and the target is untouched.
 *
 * `durable: false` keeps the rename (readers never see half a file) but skips both
 * flushes: for a copy that the next start rewrites anyway (the config's last good copy),
 * where a power cut may lose the copy but never the file it copies.
 */
export function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { durable?: boolean } = {},
): void {
  const durable = options.durable ?? true;
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeFileSync(fd, data);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  if (durable) syncFolder(dirname(target));
}

/** Makes the rename itself durable; folders cannot be opened this way on Windows. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** True for the errors a full or read-only disk gives, which deserve a plain message. */
export function isDiskSpaceError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS';
}
