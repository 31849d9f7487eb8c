import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewHost, type PreviewHost } from '../../api/preview/host';
import { collectEvents } from '../../test-support/printing-borne';
import { samplePdf } from '../../test-support/sample-pdfs';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';
import { PREVIEW_PRINT_DOCUMENT_PATH, previewPrintRoute } from './preview-print-route';

let borne: TestBorne;
let host: PreviewHost;
const TOKEN = 'print-route-token-0123456789';

beforeAll(async () => {
  borne = createTestBorne();
  const ui = mkdtempSync(join(tmpdir(), 'borne-ui-'));
  host = await startPreviewHost({
    dispatcher: borne.dispatcher,
    subscribeEvents: (listener) => borne.services.bus.onAny(listener),
    staticDir: ui,
    bridgeScript: join(ui, 'bridge.js'),
    contentSecurityPolicy: "default-src 'none'",
    token: TOKEN,
    routes: [previewPrintRoute(borne.services.printing)],
  });
});
afterAll(async () => {
  await host.close();
  borne.services.close();
});

function post(body: Uint8Array, headers: Record<string, string>) {
  return fetch(`${host.origin}${PREVIEW_PRINT_DOCUMENT_PATH}`, { method: 'POST', body, headers });
}

describe('the preview host’s stand-in for a site download', () => {
  it('needs the token and a raw body', async () => {
    const pdf = await samplePdf(1);
    expect((await post(pdf, { 'content-type': 'application/octet-stream' })).status).toBe(403);
    const form = await post(pdf, {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'text/plain',
    });
    expect(form.status).toBe(415);
    const foreign = await post(pdf, {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/octet-stream',
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
  });

  it('goes through the download path: checked, kept in the temp folder, announced to the UI', async () => {
    const received = collectEvents(borne, 'printDocumentReceived');
    const headers = {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/octet-stream',
    };
    const answer = (await (await post(await samplePdf(2), headers)).json()) as {
      ok: boolean;
      id: string;
      pages: number;
    };
    expect(answer).toMatchObject({ ok: true, pages: 2 });
    expect(borne.services.printing.document(answer.id).source).toBe('download');
    const refused = await (await post(Buffer.from('not a pdf'), headers)).json();
    expect(refused).toEqual({ ok: false, refusal: 'not-pdf' });
    expect(received).toEqual([
      { status: 'ready', id: answer.id, pages: 2 },
      { status: 'refused', reason: 'not-pdf' },
    ]);
  });
});
