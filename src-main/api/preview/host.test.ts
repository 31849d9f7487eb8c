import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';
import { startPreviewHost, type PreviewHost } from './host';

let borne: TestBorne;
let host: PreviewHost;

beforeAll(async () => {
  const ui = mkdtempSync(join(tmpdir(), 'borne-ui-'));
  mkdirSync(join(ui, 'assets'));
  writeFileSync(join(ui, 'index.html'), '<!doctype html><html><head></head><body>UI</body></html>');
  writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(ui, '..', 'secret.txt'), 'not for the browser');
  const bridge = join(ui, '..', 'bridge.js');
  writeFileSync(bridge, '/* bridge */');
  borne = createTestBorne();
  host = await startPreviewHost({
    dispatcher: borne.dispatcher,
    subscribeEvents: (listener) => borne.services.bus.onAny(listener),
    staticDir: ui,
    bridgeScript: bridge,
    contentSecurityPolicy: "default-src 'none'",
    token: 'test-token-0123456789',
    maxBodyBytes: 1024,
  });
});

afterAll(async () => {
  await host.close();
  borne.services.close();
});

/** A raw request, so headers such as Host can be whatever an attacker sends. */
function send(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: options.path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const call = (headers: Record<string, string>, body = '{"args":[]}') =>
  send({
    path: '/api/centre.get',
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('preview host', () => {
  it('listens on loopback only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await call({})).status).toBe(403);
    expect((await call({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(403);
    const ok = await call({ authorization: 'Bearer test-token-0123456789' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({
      ok: true,
      result: { name: 'Centre social Les Marronniers' },
    });
  });

  it('sets an HttpOnly SameSite cookie from the login URL and strips the token', async () => {
    const login = await send({ path: '/?token=test-token-0123456789' });
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    const cookie = String((login.headers['set-cookie'] as string[])[0]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await call({ cookie: cookie.split(';')[0] ?? '' })).status).toBe(200);
    expect((await send({ path: '/?token=nope' })).status).toBe(403);
  });

  it('refuses another Host header (DNS rebinding) and another Origin (cross-site)', async () => {
    const auth = { authorization: 'Bearer test-token-0123456789' };
    expect((await call({ ...auth, host: 'evil.example:80' })).status).toBe(421);
    expect((await call({ ...auth, origin: 'https://evil.example' })).status).toBe(403);
  });

  it('refuses a body that is not JSON, or too large, and keeps serving', async () => {
    const auth = { authorization: 'Bearer test-token-0123456789' };
    const form = await send({
      path: '/api/centre.get',
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'args=1',
    });
    expect(form.status).toBe(400);
    expect((await call(auth, '{"args": [')).status).toBe(400);
    expect((await call(auth, JSON.stringify({ args: ['x'.repeat(5000)] }))).status).toBe(400);
    expect((await call(auth)).status).toBe(200);
  });

  it('serves the UI with its CSP and the bridge before the app script', async () => {
    const page = await send({ path: '/' });
    expect(page.headers['content-security-policy']).toBe("default-src 'none'");
    expect(page.body).toContain('<head><script src="/__borne/bridge.js"></script>');
    expect((await send({ path: '/__borne/bridge.js' })).body).toBe('/* bridge */');
    expect((await send({ path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
  });

  it('never serves a file outside the UI folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await send({ path });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('not for the browser');
    }
  });

  it('streams events only to an authenticated client', async () => {
    expect((await send({ path: '/api/events' })).status).toBe(403);
  });
});
