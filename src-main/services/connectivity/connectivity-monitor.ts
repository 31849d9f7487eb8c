import type { ProbeOutcome } from './host-probe';

export type ConnectivityState = 'unknown' | 'online' | 'partial' | 'offline';

export interface ConnectivitySnapshot {
  state: ConnectivityState;
  /** A check is running now. */
  checking: boolean;
  /** When the last check finished (ms since epoch), null before the first. */
  checkedAtMs: number | null;
  /** Hosts that did not answer at the last check, sorted. */
  unreachableHosts: string[];
}

export interface ConnectivityOptions {
  /** The hosts to probe: the start hosts of the catalogue's démarches. */
  hosts: () => readonly string[];
  probe: (host: string) => Promise<ProbeOutcome>;
  now?: () => number;
  /** Probes in flight at once: a borne shares a small line with the centre. */
  concurrency?: number;
  /** A status older than this is refreshed when asked for (shorter while offline). */
  maxAgeOnlineMs?: number;
  maxAgeOfflineMs?: number;
  onChange?: (snapshot: ConnectivitySnapshot) => void;
}

/**
 * Which official sites answer, checked by real probes, never assumed. Nothing runs at
 * start-up: the first `status()` starts a check in the background (the portal asks when it
 * opens), and a status goes stale after a few minutes, sooner while something is down so
 * the portal notices when the network comes back.
 */
export class ConnectivityMonitor {
  private snapshot: ConnectivitySnapshot = {
    state: 'unknown',
    checking: false,
    checkedAtMs: null,
    unreachableHosts: [],
  };
  private running: Promise<ConnectivitySnapshot> | null = null;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: ConnectivityOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The last known status; starts a check in the background if it is stale. */
  status(): ConnectivitySnapshot {
    if (this.isStale()) void this.check();
    return this.current();
  }

  /** Checks every host now (or joins the check already running). */
  check(): Promise<ConnectivitySnapshot> {
    if (this.closed) return Promise.resolve(this.current());
    this.running ??= this.runCheck().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  close(): void {
    this.closed = true;
  }

  private current(): ConnectivitySnapshot {
    return { ...this.snapshot, checking: this.running !== null };
  }

  private isStale(): boolean {
    const { checkedAtMs, state } = this.snapshot;
    if (checkedAtMs === null) return true;
    const maxAge =
      state === 'online'
        ? (this.options.maxAgeOnlineMs ?? 5 * 60_000)
        : (this.options.maxAgeOfflineMs ?? 30_000);
    return this.now() - checkedAtMs > maxAge;
  }

  private async runCheck(): Promise<ConnectivitySnapshot> {
    const hosts = [...new Set(this.options.hosts())].sort();
    const outcomes = await mapLimited(hosts, this.options.concurrency ?? 6, (host) =>
      this.options
        .probe(host)
        .catch((): ProbeOutcome => ({ reachable: false, reason: 'error', ms: 0 })),
    );
    const unreachableHosts = hosts.filter((_, index) => !outcomes[index]?.reachable);
    const previous = this.snapshot;
    this.snapshot = {
      state: stateOf(hosts.length, unreachableHosts.length),
      checking: false,
      checkedAtMs: this.now(),
      unreachableHosts,
    };
    if (
      previous.state !== this.snapshot.state ||
      previous.unreachableHosts.join() !== unreachableHosts.join()
    ) {
      this.options.onChange?.(this.snapshot);
    }
    return this.snapshot;
  }
}

function stateOf(total: number, unreachable: number): ConnectivityState {
  if (total === 0) return 'unknown';
  if (unreachable === 0) return 'online';
  return unreachable === total ? 'offline' : 'partial';
}

/** Runs `work` over `items` with at most `limit` at once; results in input order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
