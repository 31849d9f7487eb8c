import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeInternet {
  /** Give this as the probe base: hosts are asked for at `<base>/<host>`. */
  base: string;
  /** Hosts that answer from now on; every other one gets its connection reset. */
  setUp(hosts: readonly string[]): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for the internet in connectivity tests: a
 * host "up" answers 200 (or 405 to a HEAD, as some sites do), a host "down" has its
 * connection destroyed, as a dead route or a refusing firewall would.
 */
export async function startFakeInternet(upHosts: readonly string[] = []): Promise<FakeInternet> {
  let up = new Set(upHosts);
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const host = (request.url ?? '/').replace(/^\/+/, '').replace(/\/.*$/, '');
    if (!up.has(host)) {
      request.socket.destroy();
      return;
    }
    response.writeHead(host.startsWith('head405.') ? 405 : 200, { connection: 'close' });
    response.end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    setUp: (hosts) => {
      up = new Set(hosts);
    },
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
