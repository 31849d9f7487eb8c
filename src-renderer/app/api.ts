import type { BorneApi } from '../../src-main/api/contract';
import type { BorneApiFailure } from '../../src-main/api/contract/errors';

declare global {
  interface Window {
    /** Given by the Electron preload, or by the preview host's bridge in a browser. */
    readonly borne: BorneApi;
  }
}

/** The only way the UI reaches the main side. */
export function api(): BorneApi {
  return window.borne;
}

export function isApiFailure(value: unknown): value is BorneApiFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'BorneApiError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
