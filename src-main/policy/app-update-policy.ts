import { createHash } from 'node:crypto';
import type { CentreIdentity } from '../api/contract/config/identity';
import { isOpenAt, msUntilClosing } from './opening-hours-at';

/**
 * When the borne takes a new version of itself. Pure decisions; the shell's updater
 * (shell/app-updater.ts) asks and obeys. The rules, in order:
 *   - never while a resident session is open (their work would vanish);
 *   - preferably while the centre is closed (the borne restarts for a minute);
 *   - if the centre never closes long enough, after MAX_DEFERRAL_MS of waiting, at a quiet
 *     moment: no session open and none ended in the last QUIET_MS.
 */
export const MAX_DEFERRAL_MS = 48 * 3_600_000;
export const QUIET_MS = 10 * 60_000;
const SESSION_RETRY_MS = 60_000;
const OPEN_RETRY_MS = 15 * 60_000;

export type UpdateChannel = 'stable' | 'pilot';

export interface InstallContext {
  now: Date;
  sessionOpen: boolean;
  /** When the last resident session ended (ms since epoch), null if none since start. */
  lastSessionEndedAtMs: number | null;
  hours: CentreIdentity['hours'];
  downloadedAtMs: number;
}

export type InstallDecision =
  | { action: 'install' }
  | {
      action: 'wait';
      reason: 'session-open' | 'opening-hours' | 'recent-activity';
      retryInMs: number;
    };

export function decideInstall(context: InstallContext): InstallDecision {
  if (context.sessionOpen) {
    return { action: 'wait', reason: 'session-open', retryInMs: SESSION_RETRY_MS };
  }
  const nowMs = context.now.getTime();
  if (!isOpenAt(context.hours, context.now)) return { action: 'install' };
  if (nowMs - context.downloadedAtMs < MAX_DEFERRAL_MS) {
    const untilClosing = msUntilClosing(context.hours, context.now);
    return {
      action: 'wait',
      reason: 'opening-hours',
      retryInMs: Math.max(60_000, Math.min(OPEN_RETRY_MS, untilClosing)),
    };
  }
  const quietFor =
    context.lastSessionEndedAtMs === null ? Infinity : nowMs - context.lastSessionEndedAtMs;
  if (quietFor < QUIET_MS) {
    return { action: 'wait', reason: 'recent-activity', retryInMs: QUIET_MS - quietFor };
  }
  return { action: 'install' };
}

/**
 * Downloading takes bandwidth from the centre's connection: start it only while no
 * resident is using the borne (a download already under way carries on).
 */
export function shouldStartDownload(sessionOpen: boolean): boolean {
  return !sessionOpen;
}

/**
 * Staged rollout: the federation sets `stagingPercentage` in the channel file (10, 50,
 * 100…); each borne falls in a fixed bucket from its own random rollout id, so raising the
 * percentage only ever adds bornes. No percentage means everyone.
 */
export function rolloutBucket(rolloutId: string): number {
  const digest = createHash('sha256').update(rolloutId).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000;
}

export function isInRollout(rolloutId: string, stagingPercentage: unknown): boolean {
  if (stagingPercentage === undefined || stagingPercentage === null) return true;
  const percentage = Number(stagingPercentage);
  if (!Number.isFinite(percentage)) return false;
  return rolloutBucket(rolloutId) * 100 < percentage;
}

/** electron-updater's channel name for a centre's channel ("latest" is its stable). */
export function updaterChannel(channel: UpdateChannel): string {
  return channel === 'stable' ? 'latest' : 'pilot';
}

/** The channel file the generic provider reads (electron-updater's naming). */
export function channelFileName(
  channel: UpdateChannel,
  platform: NodeJS.Platform,
  arch: string,
): string {
  const name = updaterChannel(channel);
  if (platform === 'linux')
    return arch === 'arm64' ? `${name}-linux-arm64.yml` : `${name}-linux.yml`;
  if (platform === 'darwin') return `${name}-mac.yml`;
  return `${name}.yml`;
}

/** Where the app's update files of this platform live on the federation's server. */
export function appFeedUrl(server: string, platform: NodeJS.Platform): string {
  const folder = platform === 'win32' ? 'win' : platform === 'darwin' ? 'mac' : 'linux';
  return `${server.replace(/\/+$/, '')}/app/${folder}`;
}

export type AutoUpdateSupport =
  { supported: true } | { supported: false; reason: 'not-packaged' | 'system-package' };

/**
 * Whether this install can replace itself without an administrator: a per-user NSIS
 * install on Windows, an AppImage the kiosk account owns on Linux. A deb under /opt needs
 * root (pkexec/sudo, which a kiosk account cannot answer): it is updated by apt instead.
 */
export function autoUpdateSupport(input: {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  appImagePath: string | undefined;
  appImageWritable: boolean;
}): AutoUpdateSupport {
  if (!input.isPackaged) return { supported: false, reason: 'not-packaged' };
  if (input.platform === 'linux' && (!input.appImagePath || !input.appImageWritable)) {
    return { supported: false, reason: 'system-package' };
  }
  return { supported: true };
}
