/**
 * The site view's session partitions. Each resident's site runs in an in-memory partition
 * (no "persist:" prefix: nothing reaches the disk). Electron never frees a session once
 * created (electron/electron#25631), so a new partition per resident would grow memory
 * all day on a 4 GB borne. Instead a small pool is reused: a partition goes back to the
 * pool only after a full wipe that verified it empty; one whose wipe failed is never used
 * again (tainted), and the borne relaunches at the next quiet moment to drop it.
 *
 * Two are enough: the next resident can start while the previous partition is still
 * being wiped. The pool only grows past that when wipes fail.
 */
export interface PartitionPool {
  /** Wiped and verified empty, ready for the next resident. */
  clean: readonly string[];
  /** Given to a resident session, or being wiped after one. */
  busy: readonly string[];
  /** Whose wipe failed: never handed out again in this process. */
  tainted: readonly string[];
  /** How many partitions this process created (names are numbered from 1). */
  created: number;
}

export const EMPTY_POOL: PartitionPool = { clean: [], busy: [], tainted: [], created: 0 };

/** Partition names: in-memory (no "persist:"), numbered. */
export function partitionName(number: number): string {
  return `borne-site-${number}`;
}

export function acquirePartition(pool: PartitionPool): { pool: PartitionPool; partition: string } {
  const [reused, ...rest] = pool.clean;
  if (reused !== undefined) {
    return { pool: { ...pool, clean: rest, busy: [...pool.busy, reused] }, partition: reused };
  }
  const partition = partitionName(pool.created + 1);
  return {
    pool: { ...pool, busy: [...pool.busy, partition], created: pool.created + 1 },
    partition,
  };
}

/** After the wipe: back to the pool if every partition step succeeded, tainted otherwise. */
export function releasePartition(
  pool: PartitionPool,
  partition: string,
  wipedClean: boolean,
): PartitionPool {
  if (!pool.busy.includes(partition)) return pool;
  const busy = pool.busy.filter((name) => name !== partition);
  return wipedClean
    ? { ...pool, busy, clean: [...pool.clean, partition] }
    : { ...pool, busy, tainted: [...pool.tainted, partition] };
}

/** A tainted partition holds memory (and maybe data) until the process ends. */
export function poolNeedsRelaunch(pool: PartitionPool): boolean {
  return pool.tainted.length > 0;
}
