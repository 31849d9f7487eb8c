import { resolve } from 'node:path';
import { createApiClient } from '../client';
import { runContractSuite } from '../contract-suite';
import { UI_CONTENT_SECURITY_POLICY } from '../../policy/content-security-policy';
import { startPreviewHost } from './host';
import { createHttpTransport } from './http-transport';

runContractSuite('the preview host (HTTP + SSE on 127.0.0.1)', async ({ services, dispatcher }) => {
  const host = await startPreviewHost({
    dispatcher,
    subscribeEvents: (listener) => services.bus.onAny(listener),
    staticDir: resolve(import.meta.dirname, '../../../dist/renderer'),
    bridgeScript: resolve(import.meta.dirname, '../../../dist/preview-bridge/bridge.js'),
    contentSecurityPolicy: UI_CONTENT_SECURITY_POLICY,
  });
  const transport = createHttpTransport({
    baseUrl: host.origin,
    token: host.token,
    reconnectDelayMs: 50,
  });
  return { api: createApiClient(transport), transport, close: () => host.close() };
});
