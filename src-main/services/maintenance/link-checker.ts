/**
 * Checks that the catalogue's start addresses still answer: HEAD first (cheap), GET when
 * a server refuses HEAD, redirects followed one by one (so each hop is seen and capped),
 * a time limit per request and for the whole run, a few requests at a time. No cookie,
 * no body read, nothing logged but the outcome.
 */

export type LinkStatus =
  | 'ok'
  | 'moved'
  | 'dead'
  | 'server-error'
  | 'timeout'
  | 'tls-error'
  | 'unreachable'
  | 'too-many-redirects'
  | 'not-checked';

export interface LinkToCheck {
  id: string;
  url: string;
}

export interface LinkResult {
  id: string;
  url: string;
  status: LinkStatus;
  /** HTTP status of the last answer, when there was one. */
  httpStatus?: number;
  /** Where a moved link now lives (after every redirect). */
  location?: string;
  /** A technical hint for the curious: the error code, never a body. */
  detail?: string;
}

export interface LinkCheckOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  /** Per request (HEAD, GET, and each redirect hop). */
  requestTimeoutMs?: number;
  /** For the whole run; links not started by then are "not-checked". */
  totalTimeoutMs?: number;
  maxRedirects?: number;
}

const DEFAULTS: Required<LinkCheckOptions> = {
  concurrency: 4,
  requestTimeoutMs: 8000,
  totalTimeoutMs: 90_000,
  maxRedirects: 5,
};

const PERMANENT = new Set([301, 308]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);

export async function checkLinks(
  links: readonly LinkToCheck[],
  options: LinkCheckOptions = {},
): Promise<LinkResult[]> {
  const settings = { ...DEFAULTS, ...options };
  const deadline = Date.now() + settings.totalTimeoutMs;
  const results: LinkResult[] = new Array<LinkResult>(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const index = next;
      next += 1;
      const link = links[index] as LinkToCheck;
      results[index] =
        Date.now() >= deadline
          ? { ...link, status: 'not-checked' }
          : await checkOne(link, settings, deadline);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  return results;
}

async function checkOne(
  link: LinkToCheck,
  settings: Required<LinkCheckOptions>,
  deadline: number,
): Promise<LinkResult> {
  let url = link.url;
  let permanentOnly = true;
  for (let hop = 0; hop <= settings.maxRedirects; hop += 1) {
    const timeout = Math.max(1, Math.min(settings.requestTimeoutMs, deadline - Date.now()));
    const answer = await request(url, timeout);
    if ('failure' in answer) return { ...link, ...answer.failure };
    const { status, location } = answer;
    if (REDIRECT.has(status) && location) {
      permanentOnly &&= PERMANENT.has(status);
      url = new URL(location, url).href;
      continue;
    }
    const result = classify(status);
    const moved = url !== link.url && permanentOnly;
    // Answers only after permanent redirects: the catalogue should point at the new place.
    // Temporary redirects (a login page, a load balancer) are normal and not reported.
    return moved && result.status === 'ok'
      ? { ...link, ...result, status: 'moved', location: url }
      : { ...link, ...result };
  }
  return { ...link, status: 'too-many-redirects', location: url };
}

function classify(status: number): Pick<LinkResult, 'status' | 'httpStatus'> {
  if (status >= 200 && status < 400) return { status: 'ok', httpStatus: status };
  if (status === 404 || status === 410) return { status: 'dead', httpStatus: status };
  if (status >= 500) return { status: 'server-error', httpStatus: status };
  // 401, 403, 429…: the server is there and answers; a person may still get in.
  return { status: 'ok', httpStatus: status };
}

type Failure = Pick<LinkResult, 'status' | 'detail'>;
type Answer = { status: number; location: string | null } | { failure: Failure };

async function request(url: string, timeoutMs: number): Promise<Answer> {
  const head = await send(url, 'HEAD', timeoutMs);
  // Some servers refuse HEAD or answer it wrongly: ask again with GET.
  if ('status' in head && (head.status === 405 || head.status === 501 || head.status === 403)) {
    return send(url, 'GET', timeoutMs);
  }
  return head;
}

async function send(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'Borne-link-checker/1', accept: '*/*' },
    });
    // The body is never needed: release the connection at once.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, location: response.headers.get('location') };
  } catch (error) {
    return { failure: describeFailure(error) };
  }
}

const TLS_CODES =
  /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY)|ERR_TLS|HOSTNAME_MISMATCH|ALTNAME/i;

function describeFailure(error: unknown): Failure {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { status: 'timeout', detail: 'timeout' };
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (TLS_CODES.test(code)) return { status: 'tls-error', detail: code };
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { status: 'timeout', detail: code };
  }
  return { status: 'unreachable', detail: code || 'network-error' };
}
