/**
 * A small client of Matomo's HTTP reporting/management API: POST index.php with
 * module=API, method, format=json and token_auth in the body (never in the URL, so the
 * token stays out of server logs). Matomo answers errors with HTTP 200 and
 * {"result":"error","message":…}; both kinds become a thrown MatomoApiError.
 */
export type ApiParams = Record<string, string | number | boolean | readonly string[] | undefined>;

export class MatomoApiError extends Error {
  constructor(
    readonly method: string,
    message: string,
  ) {
    super(`${method}: ${message}`);
    this.name = 'MatomoApiError';
  }
}

export interface MatomoApi {
  call<T = unknown>(method: string, params?: ApiParams): Promise<T>;
}

export function createMatomoApi(baseUrl: string, token: string, timeoutMs = 30_000): MatomoApi {
  const endpoint = new URL('index.php', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  return {
    async call<T>(method: string, params: ApiParams = {}): Promise<T> {
      const body = new URLSearchParams({
        module: 'API',
        method,
        format: 'json',
        token_auth: token,
      });
      for (const [name, value] of Object.entries(params)) {
        if (value === undefined) continue;
        // Lists go as name[0]=…&name[1]=…, as Matomo's API reads them.
        if (typeof value === 'object')
          value.forEach((item, index) => body.set(`${name}[${index}]`, item));
        else body.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
      }
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new MatomoApiError(method, `cannot reach ${endpoint} (${String(error)})`);
      }
      const text = await response.text();
      if (!response.ok) throw new MatomoApiError(method, `HTTP ${response.status}`);
      let answer: unknown;
      try {
        answer = JSON.parse(text);
      } catch {
        throw new MatomoApiError(method, `not a Matomo answer: ${text.slice(0, 80)}`);
      }
      if (isError(answer)) throw new MatomoApiError(method, answer.message);
      return answer as T;
    },
  };
}

function isError(answer: unknown): answer is { result: 'error'; message: string } {
  return (
    typeof answer === 'object' &&
    answer !== null &&
    (answer as { result?: unknown }).result === 'error'
  );
}

/** Matomo wraps a scalar result as {"value": …}. */
export function scalar(answer: unknown): unknown {
  return typeof answer === 'object' && answer !== null && 'value' in answer ? answer.value : answer;
}
