import type { PowerSaveBlocker } from 'electron';

export interface SessionSignals {
  onStart(listener: () => void): unknown;
  onEnded(listener: () => void): unknown;
}

/**
 * The screen never sleeps on a "borne" (it is the centre's display); a "nomade" laptop
 * stays awake while a resident is using it and may sleep between residents.
 */
export function keepDisplayAwake(
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop'>,
  profile: 'borne' | 'nomade',
  sessions: SessionSignals,
): void {
  if (profile === 'borne') {
    blocker.start('prevent-display-sleep');
    return;
  }
  let id: number | null = null;
  sessions.onStart(() => {
    id ??= blocker.start('prevent-display-sleep');
  });
  sessions.onEnded(() => {
    if (id !== null) blocker.stop(id);
    id = null;
  });
}
