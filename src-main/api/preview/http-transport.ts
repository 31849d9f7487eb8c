import type { ApiTransport } from '../client';
import { createSseParser } from './sse-parser';

export interface HttpTransportOptions {
  /** "" in the browser (same origin), "http://127.0.0.1:port" from Node. */
  baseUrl: string;
  /** Sent as a bearer token; in the browser the HttpOnly cookie is used instead. */
  token?: string;
  /** Pause before reconnecting the event stream after it drops. */
  reconnectDelayMs?: number;
}

/**
 * The preview host's transport: POST /api/<method> for calls, GET /api/events (SSE)
 * for push events. Uses only fetch and streams, so the same code runs in the browser
 * bridge and in the Node contract tests.
 */
export function createHttpTransport(options: HttpTransportOptions): ApiTransport {
  const headers: Record<string, string> = options.token
    ? { authorization: `Bearer ${options.token}` }
    : {};
  return {
    async call(method, args) {
      const response = await fetch(`${options.baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ args }),
        credentials: 'same-origin',
      });
      return await response.json();
    },
    subscribe(listener) {
      const controller = new AbortController();
      void followEvents(options, headers, controller.signal, listener);
      return () => controller.abort();
    },
  };
}

async function followEvents(
  options: HttpTransportOptions,
  headers: Record<string, string>,
  signal: AbortSignal,
  listener: (event: string, payload: unknown) => void,
): Promise<void> {
  // A function, not the property: TypeScript would keep `aborted` narrowed across awaits.
  const stopped = () => signal.aborted;
  while (!stopped()) {
    try {
      const response = await fetch(`${options.baseUrl}/api/events`, {
        headers,
        signal,
        credentials: 'same-origin',
      });
      if (response.ok && response.body) await readEvents(response.body, listener);
    } catch {
      // Dropped or refused: wait and reconnect, unless the subscriber left.
    }
    if (stopped()) return;
    await new Promise((resolve) => setTimeout(resolve, options.reconnectDelayMs ?? 1000));
  }
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  listener: (event: string, payload: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parse = createSseParser();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    for (const message of parse(decoder.decode(value, { stream: true }))) {
      listener(message.event, JSON.parse(message.data) as unknown);
    }
  }
}
