import { useEffect } from 'react';
import { api } from '../app/api';

/** How often, at most, the UI tells the main side that the referent is still working. */
const KEEP_ALIVE_EVERY_MS = 30_000;

/**
 * Admin mode locks itself after a few idle minutes, counted on the main side from the
 * last admin call. Typing a long text makes no call, so input events refresh it here,
 * at most every 30 seconds. No input: no refresh, and the lock comes.
 */
export function useAdminKeepAlive(): void {
  useEffect(() => {
    let last = Date.now();
    const onInput = () => {
      if (Date.now() - last < KEEP_ALIVE_EVERY_MS) return;
      last = Date.now();
      api()
        .admin.keepAlive()
        .catch(() => undefined); // already locked: the lock event shows the PIN prompt
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, onInput, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onInput);
    };
  }, []);
}
