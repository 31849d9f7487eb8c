import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcRendererPort } from '../../api/ipc/ipc-renderer-transport';
import type { IpcMainPort } from '../ipc-transport';

type MainHandler = Parameters<IpcMainPort['handle']>[1];
type RendererListener = (event: unknown, ...args: unknown[]) => void;

/**
 * A typed stand-in for Electron's ipcMain / ipcRenderer pair and the UI's webContents.
 * Like Electron, it copies every value with the structured clone algorithm, rejects an
 * invoke on a channel nobody handles, and tells the handler who sent the message.
 */
export function createFakeIpc(sender: { id: number; frameUrl: string }) {
  const handlers = new Map<string, MainHandler>();
  const listeners = new Map<string, Set<RendererListener>>();
  let currentSender = sender;

  const ipcMain: IpcMainPort = {
    handle(channel, handler) {
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };

  const ipcRenderer: IpcRendererPort = {
    async invoke(channel, ...args) {
      const handler = handlers.get(channel);
      if (!handler)
        throw new Error(`Error invoking remote method '${channel}': No handler registered`);
      const event = {
        sender: { id: currentSender.id },
        senderFrame: { url: currentSender.frameUrl },
      } as unknown as IpcMainInvokeEvent;
      return structuredClone((await handler(event, ...structuredClone(args))) as unknown);
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };

  const uiContents = {
    id: sender.id,
    isDestroyed: () => false,
    send(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({}, ...structuredClone(args));
    },
  } as unknown as Pick<WebContents, 'id' | 'send' | 'isDestroyed'>;

  return {
    ipcMain,
    ipcRenderer,
    uiContents,
    handlerCount: () => handlers.size,
    /** Pretends the next messages come from another webContents or frame. */
    impersonate(other: { id: number; frameUrl: string }) {
      currentSender = other;
    },
  };
}
