import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeInternet, type FakeInternet } from '../../test-support/fake-internet';
import { probeTargetFor, probeUrl } from './host-probe';

/** A TCP server that accepts connections and never says a word: a hung site. */
async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createTcpServer((socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A port nobody listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const silent = await startSilentServer();
  await silent.close();
  return silent.port;
}

describe('host probe', () => {
  let internet: FakeInternet;
  beforeAll(async () => {
    internet = await startFakeInternet(['www.caf.fr', 'head405.example.fr']);
  });
  afterAll(() => internet.close());

  it('counts any HTTP answer as reachable, a 405 to HEAD included', async () => {
    const caf = await probeUrl(probeTargetFor('www.caf.fr', internet.base), 2000);
    expect(caf).toMatchObject({ reachable: true, status: 200 });
    const strict = await probeUrl(probeTargetFor('head405.example.fr', internet.base), 2000);
    expect(strict).toMatchObject({ reachable: true, status: 405 });
  });

  it('says a reset connection, a refused port and a silent server are unreachable', async () => {
    const reset = await probeUrl(probeTargetFor('www.ameli.fr', internet.base), 2000);
    expect(reset).toMatchObject({ reachable: false, reason: 'refused' });
    const refused = await probeUrl(`http://127.0.0.1:${await closedPort()}/`, 2000);
    expect(refused).toMatchObject({ reachable: false, reason: 'refused' });
    const silent = await startSilentServer();
    try {
      const hung = await probeUrl(`http://127.0.0.1:${silent.port}/`, 300);
      expect(hung).toMatchObject({ reachable: false, reason: 'timeout' });
      expect(hung.ms).toBeGreaterThanOrEqual(250);
    } finally {
      await silent.close();
    }
  });

  it('gives up on an address with no route within the deadline', async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never routed. Depending on the machine the
    // connection times out or fails at once; either way it is unreachable, in time.
    const started = Date.now();
    const outcome = await probeUrl('https://192.0.2.1/', 500);
    expect(outcome.reachable).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('probes https roots by default, the loopback stand-in when given', () => {
    expect(probeTargetFor('www.caf.fr')).toBe('https://www.caf.fr/');
    expect(probeTargetFor('www.caf.fr', 'http://127.0.0.1:9/')).toBe(
      'http://127.0.0.1:9/www.caf.fr',
    );
  });
});
