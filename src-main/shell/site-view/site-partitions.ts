import {
  acquirePartition,
  EMPTY_POOL,
  poolNeedsRelaunch,
  releasePartition,
  type PartitionPool,
} from '../../policy/partition-pool';
import type { GuardedSession } from './session-guard';
import type { WipedSession } from './partition-wipe';

export type SiteSession = GuardedSession & WipedSession;

/**
 * The pool of in-memory partitions (policy/partition-pool) over Electron's sessions. A
 * session is guarded once, the first time its partition is handed out: Electron keeps the
 * same Session object for a partition name for the life of the process.
 */
export class SitePartitions<S extends SiteSession> {
  private pool: PartitionPool = EMPTY_POOL;
  private readonly guarded = new Set<string>();

  constructor(
    private readonly fromPartition: (name: string) => S,
    private readonly guard: (session: S) => void,
  ) {}

  acquire(): { name: string; session: S } {
    const taken = acquirePartition(this.pool);
    this.pool = taken.pool;
    const session = this.fromPartition(taken.partition);
    if (!this.guarded.has(taken.partition)) {
      this.guard(session);
      this.guarded.add(taken.partition);
    }
    return { name: taken.partition, session };
  }

  release(name: string, wipedClean: boolean): void {
    this.pool = releasePartition(this.pool, name, wipedClean);
  }

  get needsRelaunch(): boolean {
    return poolNeedsRelaunch(this.pool);
  }

  get state(): PartitionPool {
    return this.pool;
  }
}
