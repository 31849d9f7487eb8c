import { useEffect, useRef } from 'react';
import type { UsageEvent } from '../../src-main/api/contract/usage-event';
import { usePortalSession } from './session/portal-session';
import { recordUsage } from './usage';

/**
 * A theme or a démarche the resident opened (`key` its id, undefined while unknown): that
 * is an action, so the session starts if it had not, and the statistic `event()` builds is
 * recorded once per thing shown, not again when the screen re-renders.
 */
export function useShown(key: string | undefined, event: () => UsageEvent): void {
  const session = usePortalSession();
  const latest = useRef({ event, ensure: session.ensure });
  useEffect(() => {
    latest.current = { event, ensure: session.ensure };
  });
  useEffect(() => {
    if (!key) return;
    void latest.current.ensure();
    recordUsage(latest.current.event());
  }, [key]);
}
