import { resolve } from 'node:path';
import { createApiClient } from '../src-main/api/client';
import type { BorneApi } from '../src-main/api/contract';
import { startPreviewHost, type PreviewHost } from '../src-main/api/preview/host';
import { createHttpTransport } from '../src-main/api/preview/http-transport';
import { UI_CONTENT_SECURITY_POLICY } from '../src-main/policy/content-security-policy';
import type { TestBorne } from '../src-main/test-support/test-services';
import { percentiles, ratio } from './stats';
import type { BenchResult } from './types';

/** The preview host over a test borne, and the client the browser bridge would use. */
export async function startBenchHost(
  borne: TestBorne,
): Promise<{ host: PreviewHost; api: BorneApi }> {
  const host = await startPreviewHost({
    dispatcher: borne.dispatcher,
    subscribeEvents: (listener) => borne.services.bus.onAny(listener),
    staticDir: resolve(import.meta.dirname, '../dist/renderer'),
    bridgeScript: resolve(import.meta.dirname, '../dist/preview-bridge/bridge.js'),
    contentSecurityPolicy: UI_CONTENT_SECURITY_POLICY,
  });
  const api = createApiClient(createHttpTransport({ baseUrl: host.origin, token: host.token }));
  return { host, api };
}

/** A result whose target is "p50 within `maxRatio`× the baseline's p50". */
export function ratioResult(input: {
  name: string;
  samples: { measured: number[]; baseline: number[] };
  baselineWhat: string;
  maxRatio: number;
  target: string;
}): BenchResult {
  const measured = percentiles(input.samples.measured);
  const baseline = percentiles(input.samples.baseline);
  return {
    name: input.name,
    unit: 'ms',
    measured,
    baseline: { what: input.baselineWhat, ...baseline },
    ratio: { p50: ratio(measured.p50, baseline.p50), p99: ratio(measured.p99, baseline.p99) },
    target: input.target,
    met: measured.p50 <= input.maxRatio * baseline.p50,
  };
}
