import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';
import { startPreviewHost, type PreviewHost } from './host';
import { siteTestRoutes } from './site-test-routes';

let borne: TestBorne;
let host: PreviewHost;
const advanced: number[] = [];

beforeAll(async () => {
  borne = createTestBorne();
  host = await startPreviewHost({
    dispatcher: borne.dispatcher,
    subscribeEvents: (listener) => borne.services.bus.onAny(listener),
    staticDir: borne.dataDir,
    bridgeScript: borne.dataDir,
    contentSecurityPolicy: "default-src 'none'",
    token: 'route-token-0123456789',
    testRoutes: siteTestRoutes({
      view: borne.services.kiosk.representedView,
      idle: borne.services.kiosk.idle,
      advanceClock: (ms) => advanced.push(ms),
    }),
  });
});

afterAll(async () => {
  await host.close();
  borne.services.close();
});

function post(name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/__borne/test/${name}`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer route-token-0123456789',
      'content-type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('preview test routes (browser tests drive the represented site)', () => {
  it('navigates the represented site through the same decision path', async () => {
    borne.services.kiosk.site.open('caf-attestation-paiement', 'fr');
    const allowed = await post('site-navigate', { url: 'https://www.caf.fr/x', path: 'link' });
    expect(await allowed.json()).toEqual({
      ok: true,
      result: { allowed: true, loaded: 'https://www.caf.fr/x' },
    });
    const refused = await post('site-navigate', {
      url: 'https://evil.example/',
      path: 'new-window',
    });
    expect(await refused.json()).toEqual({ ok: true, result: { allowed: false, loaded: null } });
    expect(borne.services.kiosk.site.getState().refusal).toEqual({
      host: 'evil.example',
      reason: 'host-not-allowed',
    });
    expect((await post('clock-advance', { seconds: 170 })).status).toBe(200);
    expect(advanced).toEqual([170_000]);
  });

  it('needs the token, POST, JSON and a valid body; unknown routes are 404', async () => {
    expect((await post('site-navigate', {}, { authorization: 'Bearer wrong' })).status).toBe(403);
    expect(
      (await fetch(`${host.origin}/__borne/test/site-navigate`, { method: 'GET' })).status,
    ).toBe(405);
    expect(
      (await post('site-navigate', { url: 'https://x.example/' }, { 'content-type': 'text/plain' }))
        .status,
    ).toBe(400);
    expect(
      (await post('site-navigate', { url: 'https://x.example/', path: 'teleport' })).status,
    ).toBe(400);
    expect((await post('clock-advance', { seconds: 99_999 })).status).toBe(400);
    expect((await post('toString', {})).status).toBe(404);
    expect((await post('shutdown', {})).status).toBe(404);
  });
});
