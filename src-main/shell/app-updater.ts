import type { AppUpdater, UpdateInfo } from 'electron-updater';
import type { UpdateSettings } from '../api/contract/config/updates';
import type { CentreIdentity } from '../api/contract/config/identity';
import {
  appFeedUrl,
  channelFileName,
  decideInstall,
  isInRollout,
  shouldStartDownload,
  updaterChannel,
  type AutoUpdateSupport,
} from '../policy/app-update-policy';
import type { Logger } from '../services/logging/logger';
import type { Keyring } from '../services/signing/ed25519';
import type { AppUpdateStatus } from '../services/updates/app-update-status';
import { startPeriodicCheck } from '../services/updates/periodic-check';
import type { verifyRelease } from '../services/updates/release-verifier';

/** What the adapter uses of electron-updater's AppUpdater (checked against it below). */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  channel: string | null;
  isUpdateSupported: (info: UpdateInfo) => boolean | Promise<boolean>;
  isUserWithinRollout: (info: UpdateInfo) => boolean | Promise<boolean>;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(
    event: 'update-available' | 'update-not-available' | 'update-downloaded',
    listener: (info: UpdateInfo) => void,
  ): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Compile-time proof that the real AppUpdater fits the port. */
export const asUpdaterPort = (updater: AppUpdater): UpdaterPort => updater;

export interface AppUpdaterDeps {
  updater: UpdaterPort;
  status: AppUpdateStatus;
  support: AutoUpdateSupport;
  settings: () => { updates: UpdateSettings; hours: CentreIdentity['hours'] };
  sessions: {
    readonly current: unknown;
    onEnded(listener: () => void): unknown;
  };
  rolloutId: string;
  keyring: Keyring;
  verify: typeof verifyRelease;
  platform: NodeJS.Platform;
  arch: string;
  logger: Logger;
  now?: () => number;
}

/**
 * The Electron-side updater: electron-updater does the fetching, hashing and installing;
 * every decision (signed release, rollout bucket, when to download, when to install) comes
 * from policy/app-update-policy.ts and the release verifier. Installs run silently and
 * restart the app (quitAndInstall(true, true)); nothing is installed while a resident
 * session is open.
 */
export class ShellAppUpdater {
  private downloadedAtMs: number | null = null;
  private pendingVersion: string | null = null;
  private lastSessionEndedAtMs: number | null = null;
  private retry: NodeJS.Timeout | null = null;
  private schedule: { stop(): void } | null = null;
  private readonly now: () => number;

  constructor(private readonly deps: AppUpdaterDeps) {
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    const { updater, status, sessions } = this.deps;
    if (!this.deps.support.supported) {
      status.set({ phase: 'unsupported', reason: this.deps.support.reason });
      return;
    }
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    updater.isUpdateSupported = (info) => this.isSignedRelease(info);
    updater.isUserWithinRollout = (info) => this.isInRollout(info);
    updater.on('update-available', (info) => this.available(info));
    updater.on('update-not-available', () => this.settle());
    updater.on('download-progress', (progress) => this.progress(progress.percent));
    updater.on('update-downloaded', (info) => this.downloaded(info));
    updater.on('error', (error) =>
      status.set({ phase: 'error', detail: error.message.slice(0, 200) }),
    );
    sessions.onEnded(() => this.sessionEnded());
    status.handleCheckRequests(() => void this.check());
    this.schedule = startPeriodicCheck({
      run: () => this.check(),
      intervalMs: () => this.deps.settings().updates.checkEveryHours * 3_600_000,
    });
    status.set({ phase: 'idle', lastCheckAt: null });
  }

  stop(): void {
    this.schedule?.stop();
    if (this.retry) clearTimeout(this.retry);
  }

  /** One check; resolves true when it ran (whatever it found). */
  async check(): Promise<boolean> {
    const { updater, status } = this.deps;
    if (this.downloadedAtMs !== null) return true; // An update waits for its moment.
    const { updates } = this.deps.settings();
    if (!updates.server) {
      status.set({ phase: 'unsupported', reason: 'no-server' });
      return true;
    }
    updater.setFeedURL({
      provider: 'generic',
      url: appFeedUrl(updates.server, this.deps.platform),
    });
    updater.channel = updaterChannel(updates.channel);
    // Setting a channel turns downgrades on in electron-updater: never for a borne.
    updater.allowDowngrade = false;
    status.set({ phase: 'checking' });
    try {
      await updater.checkForUpdates();
      return true;
    } catch (error) {
      status.set({ phase: 'error', detail: String(error).slice(0, 200) });
      return false;
    }
  }

  private async isSignedRelease(info: UpdateInfo): Promise<boolean> {
    const { updates } = this.deps.settings();
    if (!updates.server) return false;
    const file = channelFileName(updates.channel, this.deps.platform, this.deps.arch);
    const check = await this.deps.verify({
      channelFileUrl: `${appFeedUrl(updates.server, this.deps.platform)}/${file}`,
      info,
      keyring: this.deps.keyring,
    });
    if (!check.ok) {
      this.deps.logger.warn('update refused', { version: info.version, reason: check.reason });
      this.deps.status.set({ phase: 'skipped', version: info.version, reason: check.reason });
    }
    return check.ok;
  }

  private isInRollout(info: UpdateInfo): boolean {
    const inRollout = isInRollout(this.deps.rolloutId, info.stagingPercentage);
    if (!inRollout) {
      this.deps.status.set({ phase: 'skipped', version: info.version, reason: 'not-in-rollout' });
    }
    return inRollout;
  }

  private available(info: UpdateInfo): void {
    this.pendingVersion = info.version;
    this.tryDownload();
  }

  private tryDownload(): void {
    const version = this.pendingVersion;
    if (version === null || this.downloadedAtMs !== null) return;
    if (!shouldStartDownload(this.deps.sessions.current !== null)) {
      this.deps.status.set({ phase: 'waiting', version, reason: 'session-open' });
      return;
    }
    this.pendingVersion = null;
    this.deps.status.set({ phase: 'downloading', version, percent: 0 });
    this.deps.updater.downloadUpdate().catch((error: unknown) => {
      this.deps.status.set({ phase: 'error', detail: String(error).slice(0, 200) });
    });
  }

  private progress(percent: number): void {
    const state = this.deps.status.state;
    if (state.phase === 'downloading') {
      this.deps.status.set({ ...state, percent: Math.round(percent) });
    }
  }

  private downloaded(info: UpdateInfo): void {
    this.downloadedAtMs = this.now();
    this.pendingVersion = info.version;
    this.tryInstall();
  }

  private sessionEnded(): void {
    this.lastSessionEndedAtMs = this.now();
    if (this.downloadedAtMs === null) this.tryDownload();
    else this.tryInstall();
  }

  private tryInstall(): void {
    if (this.downloadedAtMs === null || this.pendingVersion === null) return;
    if (this.retry) clearTimeout(this.retry);
    const decision = decideInstall({
      now: new Date(this.now()),
      sessionOpen: this.deps.sessions.current !== null,
      lastSessionEndedAtMs: this.lastSessionEndedAtMs,
      hours: this.deps.settings().hours,
      downloadedAtMs: this.downloadedAtMs,
    });
    const version = this.pendingVersion;
    if (decision.action === 'wait') {
      this.deps.status.set({ phase: 'waiting', version, reason: decision.reason });
      this.retry = setTimeout(() => this.tryInstall(), decision.retryInMs);
      this.retry.unref();
      return;
    }
    this.deps.status.set({ phase: 'installing', version });
    this.deps.logger.info('installing update', { version });
    // Silent installer, then the new version starts (the kiosk watchdog would anyway).
    this.deps.updater.quitAndInstall(true, true);
  }

  private settle(): void {
    const state = this.deps.status.state;
    if (state.phase === 'checking') {
      this.deps.status.set({ phase: 'idle', lastCheckAt: new Date(this.now()).toISOString() });
    }
  }
}
