import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ApiEnvelope } from '../api/contract/errors';
import type { Dispatcher } from '../api/dispatcher';
import { EVENT_CHANNEL, methodChannel } from '../api/ipc/channels';
import { originOf } from '../policy/url-origin';

export type IpcMainPort = Pick<IpcMain, 'handle' | 'removeHandler'>;
export type SenderCheckedEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface IpcTransportOptions {
  ipcMain: IpcMainPort;
  dispatcher: Dispatcher;
  /** Only the borne's own UI may call; a site view (which has no preload anyway) may not. */
  isTrustedSender(event: SenderCheckedEvent): boolean;
}

/** Registers one ipcMain handler per contract method; returns the function that removes them. */
export function registerIpcTransport(options: IpcTransportOptions): () => void {
  const { ipcMain, dispatcher, isTrustedSender } = options;
  const refused: ApiEnvelope = {
    ok: false,
    error: { code: 'forbidden', message: 'sender is not the borne UI', reason: 'sender' },
  };
  for (const method of dispatcher.methods) {
    ipcMain.handle(methodChannel(method), (event, ...args: unknown[]) =>
      isTrustedSender(event) ? dispatcher.dispatch(method, args) : refused,
    );
  }
  return () => {
    for (const method of dispatcher.methods) ipcMain.removeHandler(methodChannel(method));
  };
}

/**
 * The sender must be the UI's own webContents, and the frame that sent the message must
 * be the UI's top frame on one of its origins (app://borne, or the dev server).
 */
export function isUiSender(
  event: SenderCheckedEvent,
  ui: Pick<WebContents, 'id'> | null,
  allowedOrigins: readonly string[],
): boolean {
  if (!ui || event.sender.id !== ui.id) return false;
  const origin = originOf(event.senderFrame?.url ?? '');
  return origin !== null && allowedOrigins.includes(origin);
}

export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/** Sends every push event to the UI while it exists. */
export function forwardEventsToUi(
  subscribe: (listener: (name: string, payload: unknown) => void) => () => void,
  target: () => EventTarget | null,
): () => void {
  return subscribe((name, payload) => {
    const ui = target();
    if (ui && !ui.isDestroyed()) ui.send(EVENT_CHANNEL, name, payload);
  });
}
