import type { ApiTransport } from '../client';
import { qualifiedMethodNames } from '../method-names';
import { EVENT_CHANNEL, methodChannel } from './channels';

/** The part of Electron's ipcRenderer the preload uses (structurally compatible with it). */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Calls go through ipcRenderer.invoke; events arrive on one channel as (name, payload). */
export function createIpcRendererTransport(ipc: IpcRendererPort): ApiTransport {
  const known = new Set<string>(qualifiedMethodNames());
  return {
    // Only contract methods have a channel; anything else gets the dispatcher's answer here.
    call: (method, args) =>
      known.has(method)
        ? ipc.invoke(methodChannel(method), ...args)
        : Promise.resolve({
            ok: false,
            error: { code: 'unknown-method', message: `no method "${method}"` },
          }),
    subscribe(listener) {
      // The IPC event object never reaches the page: only the name and the payload do.
      const forward = (_event: unknown, name: unknown, payload: unknown) => {
        if (typeof name === 'string') listener(name, payload);
      };
      ipc.on(EVENT_CHANNEL, forward);
      return () => ipc.removeListener(EVENT_CHANNEL, forward);
    },
  };
}
