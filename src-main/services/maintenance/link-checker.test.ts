import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../test-support/self-signed';
import { checkLinks } from './link-checker';

let http: Server;
let https: Server;
let base = '';
let closedPort = 0;
let tlsBase = '';
const methods: string[] = [];

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  http = createHttpServer((request, response) => {
    methods.push(`${request.method} ${request.url}`);
    const routes: Record<string, () => void> = {
      '/ok': () => response.writeHead(200).end('fine'),
      '/old': () => response.writeHead(301, { location: '/new' }).end(),
      '/new': () => response.writeHead(200).end('moved here'),
      '/login': () => response.writeHead(302, { location: '/ok' }).end(),
      '/gone': () => response.writeHead(404).end(),
      '/broken': () => response.writeHead(500).end(),
      '/no-head': () =>
        request.method === 'HEAD' ? response.writeHead(405).end() : response.writeHead(200).end(),
      '/loop': () => response.writeHead(301, { location: '/loop' }).end(),
      // Never answers: the checker must give up on its own.
      '/slow': () => undefined,
    };
    (routes[request.url ?? ''] ?? (() => response.writeHead(404).end()))();
  });
  base = `http://127.0.0.1:${await listen(http)}`;
  https = createHttpsServer(selfSignedCertificate(), (_request, response) => {
    response.writeHead(200).end('untrusted');
  });
  tlsBase = `https://127.0.0.1:${await listen(https)}`;
  const closed = createHttpServer();
  closedPort = await listen(closed);
  await new Promise((done) => closed.close(done));
});

afterAll(async () => {
  http.closeAllConnections();
  https.closeAllConnections();
  await Promise.all([http, https].map((server) => new Promise((done) => server.close(done))));
});

describe('link checker against loopback servers', () => {
  it('reports moved, dead, server error, timeout and TLS error in plain statuses', async () => {
    const links = [
      { id: 'ok', url: `${base}/ok` },
      { id: 'moved', url: `${base}/old` },
      { id: 'login', url: `${base}/login` },
      { id: 'dead', url: `${base}/gone` },
      { id: 'broken', url: `${base}/broken` },
      { id: 'no-head', url: `${base}/no-head` },
      { id: 'loop', url: `${base}/loop` },
      { id: 'slow', url: `${base}/slow` },
      { id: 'tls', url: `${tlsBase}/` },
      { id: 'refused', url: `http://127.0.0.1:${closedPort}/` },
    ];
    const started = Date.now();
    const results = await checkLinks(links, { requestTimeoutMs: 800, concurrency: 3 });
    const byId = Object.fromEntries(results.map((result) => [result.id, result]));
    expect(byId.ok).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(byId.moved).toMatchObject({ status: 'moved', httpStatus: 200, location: `${base}/new` });
    expect(byId.login).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(byId.login?.location).toBeUndefined();
    expect(byId.dead).toMatchObject({ status: 'dead', httpStatus: 404 });
    expect(byId.broken).toMatchObject({ status: 'server-error', httpStatus: 500 });
    expect(byId['no-head']).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(byId.loop).toMatchObject({ status: 'too-many-redirects' });
    expect(byId.slow).toMatchObject({ status: 'timeout' });
    expect(byId.tls?.status).toBe('tls-error');
    expect(byId.tls?.detail).toMatch(/SELF_SIGNED|CERT/);
    expect(byId.refused).toMatchObject({ status: 'unreachable', detail: 'ECONNREFUSED' });
    expect(methods).toContain('GET /no-head');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops starting new requests once the whole run is out of time', async () => {
    const links = Array.from({ length: 6 }, (_, index) => ({
      id: `s${index}`,
      url: `${base}/slow`,
    }));
    const results = await checkLinks(links, {
      concurrency: 2,
      requestTimeoutMs: 5000,
      totalTimeoutMs: 300,
    });
    expect(results.map((result) => result.status)).toEqual([
      'timeout',
      'timeout',
      'not-checked',
      'not-checked',
      'not-checked',
      'not-checked',
    ]);
  });
});
