import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../api/contract/catalogue';
import { createMemoryLogger } from '../logging/logger';
import { loadKeyring } from '../signing/ed25519';
import { ContentStore } from './content-store';
import { ContentSync } from './content-sync';
import { CONTENT_PART_SCHEMAS } from './part-schemas';
import { catalogueAt, testFederation } from './testing/bundle-fixtures';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** The federation's update server, for real, on 127.0.0.1; each test sets what it answers. */
async function startServer(): Promise<{ url: string; server: Server; answer(h: Handler): void }> {
  let handler: Handler = (_request, response) => response.writeHead(404).end();
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/content/stable/borne-content.bundle`,
    server,
    answer: (next) => (handler = next),
  };
}

const serveBytes =
  (bytes: Buffer, etag?: string): Handler =>
  (request, response) => {
    if (etag && request.headers['if-none-match'] === etag) return response.writeHead(304).end();
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': bytes.length,
      ...(etag ? { etag } : {}),
    });
    response.end(bytes);
  };

describe('content sync against a real HTTP server on 127.0.0.1', () => {
  const federation = testFederation();
  const keyring = loadKeyring(federation.keysDir);
  let server: Awaited<ReturnType<typeof startServer>>;
  let dataDir: string;

  beforeEach(async () => {
    server = await startServer();
    dataDir = mkdtempSync(join(tmpdir(), 'borne-content-'));
  });
  afterEach(async () => {
    server.server.closeAllConnections();
    await new Promise((done) => server.server.close(done));
  });

  function borne() {
    const logger = createMemoryLogger();
    const badStored: string[] = [];
    const store = new ContentStore(
      join(dataDir, 'content'),
      keyring,
      CONTENT_PART_SCHEMAS,
      logger,
      (reason) => badStored.push(reason),
    );
    const sync = new ContentSync({
      store,
      url: () => server.url,
      stateDir: join(dataDir, 'content'),
      logger,
      timeoutMs: 3000,
    });
    const catalogue = () => (store.part('catalogue')?.value as Catalogue | undefined)?.version;
    return { store, sync, catalogue, badStored };
  }

  it('downloads, verifies and installs a signed bundle, then keeps it across a restart', async () => {
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.1'))));
    const { sync, catalogue } = borne();
    expect((await sync.checkNow()).result).toEqual({ outcome: 'installed', version: '2026.12.1' });
    expect(catalogue()).toBe('2026.12.1');
    expect(borne().catalogue()).toBe('2026.12.1');
  });

  it('refuses a bundle with one byte changed and keeps serving the last good one', async () => {
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.1'))));
    const { sync, catalogue } = borne();
    await sync.checkNow();
    const tampered = federation.sign(catalogueAt('2026.12.2'));
    tampered[tampered.length - 100] = (tampered[tampered.length - 100] ?? 0) ^ 0x04;
    server.answer(serveBytes(tampered));
    expect((await sync.checkNow()).result).toMatchObject({ outcome: 'rejected', reason: 'hash' });
    expect(catalogue()).toBe('2026.12.1');
  });

  it('refuses an older version (a replayed bundle) and the same one again is no change', async () => {
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.2'))));
    const { sync, catalogue } = borne();
    await sync.checkNow();
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.1'))));
    expect((await sync.checkNow()).result).toMatchObject({
      outcome: 'rejected',
      reason: 'older-version',
    });
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.2'))));
    expect((await sync.checkNow()).result).toEqual({ outcome: 'unchanged', version: '2026.12.2' });
    expect(catalogue()).toBe('2026.12.2');
  });

  it('refuses a bundle signed by a key the borne does not trust', async () => {
    const intruder = testFederation(federation.keyId);
    server.answer(serveBytes(intruder.sign(catalogueAt('2027.1.1'))));
    const { sync, store } = borne();
    expect((await sync.checkNow()).result).toMatchObject({
      outcome: 'rejected',
      reason: 'signature',
    });
    expect(store.current).toBeNull();
  });

  it('keeps the last good bundle when the server is down, errs, or returns garbage', async () => {
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.1'))));
    const { sync, catalogue } = borne();
    await sync.checkNow();

    server.answer((_request, response) => response.writeHead(500).end('Internal error'));
    expect((await sync.checkNow()).result).toEqual({ outcome: 'unreachable', detail: 'HTTP 500' });
    server.answer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Maintenance</h1>'),
    );
    expect((await sync.checkNow()).result).toMatchObject({ outcome: 'rejected', reason: 'format' });
    const good = federation.sign(catalogueAt('2026.12.5'));
    server.answer((_request, response) => {
      // A transfer cut in the middle: the declared length is never reached.
      response.writeHead(200, { 'content-length': good.length });
      response.write(good.subarray(0, 200));
      setTimeout(() => response.destroy(), 20);
    });
    expect((await sync.checkNow()).result).toMatchObject({ outcome: 'unreachable' });
    expect(sync.consecutiveFailures).toBe(3);

    server.server.closeAllConnections();
    await new Promise((done) => server.server.close(done));
    const down = await sync.checkNow();
    expect(down.result).toMatchObject({ outcome: 'unreachable' });
    expect(down.result.outcome === 'unreachable' && down.result.detail).toMatch(/fetch failed/);
    expect(catalogue()).toBe('2026.12.1');
    // A restart still serves it, from disk.
    expect(borne().catalogue()).toBe('2026.12.1');
    server = await startServer();
  });

  it('asks with the ETag and takes a 304 as no change', async () => {
    const requests: (string | undefined)[] = [];
    const serve = serveBytes(federation.sign(catalogueAt('2026.12.1')), '"v1"');
    server.answer((request, response) => {
      requests.push(request.headers['if-none-match']);
      serve(request, response);
    });
    const { sync } = borne();
    await sync.checkNow();
    expect((await sync.checkNow()).result).toEqual({ outcome: 'unchanged', version: '2026.12.1' });
    expect(requests).toEqual([undefined, '"v1"']);
  });

  it('refuses a bundle larger than the limit without reading it all', async () => {
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.1'))));
    const { store } = borne();
    const small = new ContentSync({
      store,
      url: () => server.url,
      stateDir: join(dataDir, 'content'),
      logger: createMemoryLogger(),
      maxBytes: 100,
    });
    expect((await small.checkNow()).result).toMatchObject({
      outcome: 'unreachable',
      detail: expect.stringMatching(/too large/) as unknown,
    });
  });

  it('moves aside a stored bundle altered on disk and serves shipped content', async () => {
    server.answer(serveBytes(federation.sign(catalogueAt('2026.12.1'))));
    const first = borne();
    await first.sync.checkNow();
    const file = first.store.file;
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0x02;
    writeFileSync(file, bytes);
    const restarted = borne();
    expect(restarted.store.current).toBeNull();
    expect(restarted.badStored).toEqual(['hash']);
    expect(readdirSync(join(dataDir, 'content')).some((name) => name.includes('.bad-'))).toBe(true);
  });

  it('does nothing when no address is configured', async () => {
    const { store } = borne();
    const off = new ContentSync({
      store,
      url: () => null,
      stateDir: join(dataDir, 'content'),
      logger: createMemoryLogger(),
    });
    expect((await off.checkNow()).result).toEqual({ outcome: 'disabled' });
  });
});
