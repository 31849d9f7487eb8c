import { describe, expect, it } from 'vitest';
import {
  acquirePartition,
  EMPTY_POOL,
  poolNeedsRelaunch,
  releasePartition,
  type PartitionPool,
} from './partition-pool';

describe('partition pool', () => {
  it('reuses wiped partitions: a full day of residents needs two', () => {
    let pool: PartitionPool = EMPTY_POOL;
    const used = new Set<string>();
    let previous: string | null = null;
    for (let resident = 0; resident < 200; resident += 1) {
      const taken = acquirePartition(pool);
      pool = taken.pool;
      used.add(taken.partition);
      // The next resident starts while the previous partition is still being wiped.
      if (previous) pool = releasePartition(pool, previous, true);
      previous = taken.partition;
    }
    expect(used).toEqual(new Set(['borne-site-1', 'borne-site-2']));
    expect(pool.created).toBe(2);
    expect(poolNeedsRelaunch(pool)).toBe(false);
  });

  it('never hands out a partition whose wipe failed, and asks for a relaunch', () => {
    let { pool, partition } = acquirePartition(EMPTY_POOL);
    pool = releasePartition(pool, partition, false);
    expect(pool.tainted).toEqual(['borne-site-1']);
    ({ pool, partition } = acquirePartition(pool));
    expect(partition).toBe('borne-site-2');
    expect(poolNeedsRelaunch(pool)).toBe(true);
  });

  it('names in-memory partitions only (no persist: prefix)', () => {
    expect(acquirePartition(EMPTY_POOL).partition).not.toMatch(/^persist:/);
  });

  it('ignores a release of a partition it did not hand out', () => {
    expect(releasePartition(EMPTY_POOL, 'borne-site-9', true)).toBe(EMPTY_POOL);
  });
});
