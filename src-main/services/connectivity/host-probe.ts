import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type ProbeFailure = 'timeout' | 'dns' | 'refused' | 'tls' | 'error';

export type ProbeOutcome =
  | { reachable: true; status: number; ms: number }
  | { reachable: false; reason: ProbeFailure; ms: number };

/**
 * One HEAD request, with a hard deadline. Any HTTP answer counts as reachable (a 403 or a
 * 405 still means the site is up); a DNS failure, a refused or reset connection, a TLS
 * failure (a captive portal, a proxy in the way) or the deadline means it is not. No
 * connection is kept: a probe must leave nothing behind.
 */
export function probeUrl(url: string, timeoutMs: number): Promise<ProbeOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const request = target.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((done) => {
    let settled = false;
    const finish = (outcome: ProbeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done(outcome);
    };
    const call = request(target, {
      method: 'HEAD',
      agent: false,
      headers: { 'user-agent': 'Borne-connectivity-check', connection: 'close' },
    });
    const timer = setTimeout(() => {
      finish({ reachable: false, reason: 'timeout', ms: elapsed() });
      call.destroy();
    }, timeoutMs);
    call.on('response', (response) => {
      finish({ reachable: true, status: response.statusCode ?? 0, ms: elapsed() });
      response.resume();
      call.destroy();
    });
    call.on('error', (error: NodeJS.ErrnoException) => {
      finish({ reachable: false, reason: failureOf(error), ms: elapsed() });
    });
    call.end();
  });
}

function failureOf(error: NodeJS.ErrnoException): ProbeFailure {
  const code = error.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH') return 'refused';
  if (code === 'ENETUNREACH') return 'refused';
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'EPROTO') return 'tls';
  return 'error';
}

/**
 * Where a host is probed: its https root, or, when the preview host is given a probe base
 * (browser tests, demos without internet), a loopback server standing in for the
 * internet at `<base>/<host>`.
 */
export function probeTargetFor(host: string, probeBase?: string): string {
  return probeBase ? `${probeBase.replace(/\/+$/, '')}/${host}` : `https://${host}/`;
}

export const PROBE_TIMEOUT_MS = 3000;
