/**
 * When the borne restarts itself: once a night at the centre's chosen time (memory of a
 * long day, Electron's never-freed sessions), and after a failed wipe left a partition
 * that must not be reused; always between residents, never during a session. Only the
 * "borne" profile: a "nomade" laptop is switched off at night.
 */
export interface RelaunchInput {
  profile: 'borne' | 'nomade';
  enabled: boolean;
  /** "HH:MM", local time. */
  at: string;
  now: Date;
  launchedAt: Date;
  sessionOpen: boolean;
  poolNeedsRelaunch: boolean;
}

export function shouldRelaunch(input: RelaunchInput): boolean {
  if (input.sessionOpen) return false;
  if (input.poolNeedsRelaunch) return true;
  if (input.profile !== 'borne' || !input.enabled) return false;
  const [hours = 0, minutes = 0] = input.at.split(':').map(Number);
  const lastSlot = new Date(input.now);
  lastSlot.setHours(hours, minutes, 0, 0);
  if (lastSlot > input.now) lastSlot.setDate(lastSlot.getDate() - 1);
  // Started before the last nightly slot: that slot passed while we ran.
  return input.launchedAt < lastSlot;
}
