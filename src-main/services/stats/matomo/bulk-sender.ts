/**
 * Sends one batch to Matomo's bulk tracking API: POST <url>/matomo.php with
 * {"requests": ["?…", …], "token_auth"?}, and reads Matomo's answer
 * {"status":"success","tracked":n,"invalid":m,"invalid_indices"?:[…]}.
 *
 * Built on Node's fetch (undici) rather than the matomo-tracker package: its trackBulk
 * cannot send token_auth, has no timeout, never calls back on a network error and calls
 * back with any body on an HTTP error, so a lost batch would look delivered (see
 * matomo-tracker-limits.test.ts, which shows each point against a real receiver).
 */

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

export const postBulk: PostBulk = async ({ endpoint, requests, token, timeoutMs }) => {
  const body = JSON.stringify(token ? { requests, token_auth: token } : { requests });
  let response: Response;
  let text: string;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // Covers connecting, sending and reading the whole answer.
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, error: describeFetchError(error, timeoutMs) };
  }
  if (response.status !== 200) {
    return { ok: false, error: { code: 'http-status', detail: `HTTP ${response.status}` } };
  }
  return readAnswer(text, requests.length);
};

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

function describeFetchError(error: unknown, timeoutMs: number): SyncError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { code: 'timeout', detail: `no answer within ${timeoutMs} ms` };
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  const detail = cause?.code ?? (error instanceof Error ? error.message : String(error));
  return { code: 'network', detail };
}
