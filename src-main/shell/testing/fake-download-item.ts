import { writeFileSync } from 'node:fs';
import type { DownloadItemPort } from '../pdf-download-handler';

type DoneState = 'completed' | 'cancelled' | 'interrupted';
type Listener = (...args: unknown[]) => void;

/**
 * A typed stand-in for Electron's DownloadItem: the handler sees the same methods;
 * `arrive` plays what Electron does (write the file where setSavePath said, report
 * progress, then "done"), and honours cancel() like Electron (no more data, "cancelled").
 */
export function fakeDownloadItem(facts: {
  mimeType: string;
  filename: string;
  totalBytes?: number;
}) {
  const listeners = new Map<string, Listener[]>();
  let savePath: string | null = null;
  let received = 0;
  let cancelled = false;
  const emit = (name: string, ...args: unknown[]) => {
    for (const listener of listeners.get(name) ?? []) listener(...args);
  };
  const add = (name: string, listener: Listener, once: boolean) => {
    const wrapped: Listener = once
      ? (...args) => {
          listeners.set(
            name,
            (listeners.get(name) ?? []).filter((each) => each !== wrapped),
          );
          listener(...args);
        }
      : listener;
    listeners.set(name, [...(listeners.get(name) ?? []), wrapped]);
  };
  const item = {
    getMimeType: () => facts.mimeType,
    getFilename: () => facts.filename,
    getTotalBytes: () => facts.totalBytes ?? 0,
    getReceivedBytes: () => received,
    setSavePath: (path: string) => {
      savePath = path;
    },
    cancel: () => {
      cancelled = true;
    },
    on(name: string, listener: Listener) {
      add(name, listener, false);
      return item;
    },
    once(name: string, listener: Listener) {
      add(name, listener, true);
      return item;
    },
  };
  return {
    item: item as unknown as DownloadItemPort,
    savePath: () => savePath,
    /** The server sends `bytes` in `chunks` pieces, then the download ends. */
    arrive(bytes: Uint8Array, chunks = 1): DoneState {
      if (cancelled || savePath === null) return finish('cancelled');
      const size = Math.ceil(bytes.length / chunks);
      for (let start = 0; start < bytes.length; start += size) {
        received = Math.min(bytes.length, start + size);
        emit('updated', {}, 'progressing');
        if (wasCancelled()) return finish('cancelled');
      }
      writeFileSync(savePath, bytes);
      return finish('completed');
    },
    interrupt(): DoneState {
      return finish('interrupted');
    },
  };

  // Read through a function: the handler cancels from inside emit(), which narrowing cannot see.
  function wasCancelled(): boolean {
    return cancelled;
  }

  function finish(state: DoneState): DoneState {
    emit('done', {}, state);
    return state;
  }
}
