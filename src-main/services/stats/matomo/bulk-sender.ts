/**
 * Sends one batch to Matomo's bulk tracking API: POST <url>/matomo.php with
 * {"requests": ["?…", …], "token_auth"?}, and reads Matomo's answer
 * {"status":"success","tracked":n,"invalid":m,"invalid_indices"?:[…]}.
 *
 * Built on Node's own http/https client rather than the matomo-tracker package: its
 * trackBulk cannot send token_auth, has no timeout, never calls back on a network error
 * and calls back with any body on an HTTP error, so a lost batch would look delivered
 * (matomo-tracker-limits.test.ts shows each point against a real receiver). Not on
 * fetch (undici) either: for the same 600 batches its peak memory was twice that of
 * http.request (about 100 MB against 50 MB), and a borne has 4 GB for everything.
 */
import http from 'node:http';
import https from 'node:https';

export type SyncErrorCode =
  'timeout' | 'network' | 'http-status' | 'bad-answer' | 'refused-all' | 'refused-some';

export interface SyncError {
  code: SyncErrorCode;
  /** Technical detail for the referent and the logs (status, Matomo's message…); no data. */
  detail: string;
}

export type BulkOutcome =
  | { ok: true; tracked: number; invalid: number; invalidIndices: number[] | null }
  | { ok: false; error: SyncError };

export interface BulkRequest {
  endpoint: string;
  requests: readonly string[];
  token: string | null;
  timeoutMs: number;
}

export type PostBulk = (request: BulkRequest) => Promise<BulkOutcome>;

/** The tracking endpoint under a Matomo base address. */
export function trackingEndpoint(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (!url.pathname.endsWith('matomo.php')) {
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/matomo.php`;
  }
  return url.toString();
}

/** Matomo answers a bulk request in a few hundred bytes; anything much longer is not it. */
const MAX_ANSWER_BYTES = 64 * 1024;

// One kept-alive connection per protocol; idle ones are closed after 4 s, before a
// server's own keep-alive timeout would close them under a request.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 1, timeout: 4_000 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 1, timeout: 4_000 }),
};

export const postBulk: PostBulk = ({ endpoint, requests, token, timeoutMs }) => {
  const body = JSON.stringify(token ? { requests, token_auth: token } : { requests });
  const url = new URL(endpoint);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<BulkOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: BulkOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'],
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) request.destroy(new Error('answer too long'));
          else chunks.push(chunk);
        });
        response.on('error', (error) => finish(failure(error)));
        response.on('end', () => {
          if (response.statusCode !== 200) {
            return finish({
              ok: false,
              error: { code: 'http-status', detail: `HTTP ${response.statusCode ?? '?'}` },
            });
          }
          finish(readAnswer(Buffer.concat(chunks).toString('utf8'), requests.length));
        });
      },
    );
    // One deadline for connecting, sending and reading the whole answer.
    const deadline = setTimeout(() => {
      finish({ ok: false, error: { code: 'timeout', detail: `no answer within ${timeoutMs} ms` } });
      request.destroy();
    }, timeoutMs);
    request.on('error', (error) => finish(failure(error)));
    request.end(body);
  });
};

function failure(error: Error): BulkOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  return { ok: false, error: { code: 'network', detail: code ?? error.message } };
}

/** Matomo's JSON answer to a bulk request; anything else is not Matomo having tracked it. */
export function readAnswer(text: string, sent: number): BulkOutcome {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return badAnswer(`not JSON: ${text.slice(0, 80)}`);
  }
  if (typeof answer !== 'object' || answer === null) return badAnswer('not an object');
  const { status, tracked, invalid, invalid_indices: indices } = answer as Record<string, unknown>;
  if (status !== 'success') return badAnswer(`status ${String(status)}`);
  if (typeof tracked !== 'number' || typeof invalid !== 'number') {
    return badAnswer('no tracked/invalid counts');
  }
  const invalidIndices = Array.isArray(indices)
    ? indices.filter((index): index is number => Number.isInteger(index) && index < sent)
    : null;
  return { ok: true, tracked, invalid, invalidIndices };
}

function badAnswer(detail: string): BulkOutcome {
  return { ok: false, error: { code: 'bad-answer', detail } };
}
