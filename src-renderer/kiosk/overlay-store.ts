import { useEffect, useSyncExternalStore } from 'react';

/**
 * Which of the borne's dialogs are open. The site view is native and drawn over the
 * UI, so it hides while any dialog is open; every dialog registers here while it shows
 * (the portal's and the printing screens' too: `useOverlay(true)`).
 */
const open = new Set<symbol>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function anyOverlayOpen(): boolean {
  return open.size > 0;
}

/** Registers a dialog as open while `isOpen` is true and the component is mounted. */
export function useOverlay(isOpen: boolean): void {
  useEffect(() => {
    if (!isOpen) return;
    const id = Symbol('overlay');
    open.add(id);
    notify();
    return () => {
      open.delete(id);
      notify();
    };
  }, [isOpen]);
}

export function useAnyOverlayOpen(): boolean {
  return useSyncExternalStore(subscribe, anyOverlayOpen);
}
