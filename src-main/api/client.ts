import type { BorneApi } from './contract';
import type { ApiEnvelope, BorneApiFailure } from './contract/errors';
import { API_EVENT_NAMES, API_METHOD_NAMES } from './method-names';

/**
 * How a client reaches the main side: Electron IPC in the app, HTTP in the preview host.
 * `call` resolves with the envelope the dispatcher produced; `subscribe` delivers every
 * push event and returns its unsubscribe function.
 */
export interface ApiTransport {
  call(method: string, args: unknown[]): Promise<unknown>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

/**
 * Builds `window.borne`: one named function per contract method (never a generic
 * "invoke"), and `on(event, listener)`. A failed call rejects with a BorneApiFailure.
 */
export function createApiClient(transport: ApiTransport): BorneApi {
  const api: Record<string, unknown> = {};
  for (const [namespace, methods] of Object.entries(API_METHOD_NAMES)) {
    const group: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const method of methods) {
      const qualified = `${namespace}.${method}`;
      group[method] = (...args) => callMethod(transport, qualified, args);
    }
    api[namespace] = Object.freeze(group);
  }
  api.on = createEventSubscriber(transport);
  // The object is built from the same names the contract type is checked against.
  return Object.freeze(api) as unknown as BorneApi;
}

async function callMethod(
  transport: ApiTransport,
  method: string,
  args: unknown[],
): Promise<unknown> {
  let envelope: unknown;
  try {
    envelope = await transport.call(method, args);
  } catch (error) {
    throw failure(method, {
      code: 'unavailable',
      reason: 'transport',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (!isEnvelope(envelope)) {
    throw failure(method, { code: 'internal', message: 'malformed answer from the main side' });
  }
  if (envelope.ok) return envelope.result;
  throw failure(method, envelope.error);
}

function failure(method: string, error: Omit<BorneApiFailure, 'name' | 'method'>): BorneApiFailure {
  return { name: 'BorneApiError', method, ...error };
}

function isEnvelope(value: unknown): value is ApiEnvelope {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'result' in value;
  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null
  );
}

/** One transport subscription shared by every listener, opened on first use. */
function createEventSubscriber(transport: ApiTransport) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let unsubscribeTransport: (() => void) | null = null;

  return (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!(API_EVENT_NAMES as readonly string[]).includes(event)) {
      throw new TypeError(`unknown event "${event}"`);
    }
    unsubscribeTransport ??= transport.subscribe((name, payload) => {
      for (const each of listeners.get(name) ?? []) each(payload);
    });
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
      if ([...listeners.values()].every((each) => each.size === 0)) {
        unsubscribeTransport?.();
        unsubscribeTransport = null;
      }
    };
  };
}
