import type { BorneApi } from '../../src-main/api/contract';

declare global {
  interface Window {
    /** The API the UI uses, reachable from page.evaluate in browser journeys. */
    readonly borne: BorneApi;
  }
}

export {};
