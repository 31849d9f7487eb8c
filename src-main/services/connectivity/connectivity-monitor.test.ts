import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeInternet, type FakeInternet } from '../../test-support/fake-internet';
import { ConnectivityMonitor, type ConnectivitySnapshot } from './connectivity-monitor';
import { probeTargetFor, probeUrl } from './host-probe';

const HOSTS = ['wwwd.caf.fr', 'assure.ameli.fr', 'www.francetravail.fr'];

describe('connectivity monitor', () => {
  let internet: FakeInternet;
  let clock = 1_000_000;
  let probes = 0;
  const changes: ConnectivitySnapshot[] = [];
  let monitor: ConnectivityMonitor;

  beforeAll(async () => {
    internet = await startFakeInternet(HOSTS);
    monitor = new ConnectivityMonitor({
      hosts: () => [...HOSTS, 'wwwd.caf.fr'],
      probe: (host) => {
        probes += 1;
        return probeUrl(probeTargetFor(host, internet.base), 1000);
      },
      now: () => clock,
      concurrency: 2,
      onChange: (snapshot) => changes.push(snapshot),
    });
  });
  afterAll(() => internet.close());

  it('knows nothing before the first check, then starts one in the background', async () => {
    const first = monitor.status();
    expect(first).toMatchObject({ state: 'unknown', checking: true, checkedAtMs: null });
    const done = await monitor.check();
    expect(done).toMatchObject({ state: 'online', checking: false, unreachableHosts: [] });
    expect(probes).toBe(3);
    expect(changes.map((change) => change.state)).toEqual(['online']);
  });

  it('names the hosts that stop answering, and says when all are down', async () => {
    internet.setUp(['www.francetravail.fr']);
    expect(await monitor.check()).toMatchObject({
      state: 'partial',
      unreachableHosts: ['assure.ameli.fr', 'wwwd.caf.fr'],
    });
    internet.setUp([]);
    expect((await monitor.check()).state).toBe('offline');
    expect(changes.map((change) => change.state)).toEqual(['online', 'partial', 'offline']);
  });

  it('joins a check already running rather than probing twice', async () => {
    probes = 0;
    await Promise.all([monitor.check(), monitor.check(), monitor.check()]);
    expect(probes).toBe(3);
  });

  it('refreshes a stale status: after 30 s while down, after 5 min while up', async () => {
    probes = 0;
    clock += 10_000;
    expect(monitor.status().checking).toBe(false);
    clock += 25_000;
    expect(monitor.status().checking).toBe(true);
    internet.setUp(HOSTS);
    await monitor.check();
    clock += 60_000;
    expect(monitor.status().checking).toBe(false);
    clock += 5 * 60_000;
    expect(monitor.status().checking).toBe(true);
    await monitor.check();
    expect(probes).toBe(6);
  });
});
