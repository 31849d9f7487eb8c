import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { UpdateInfo } from 'electron-updater';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { centreConfigSchema } from '../api/contract/config';
import { updatesSchema } from '../api/contract/config/updates';
import { createMemoryLogger } from '../services/logging/logger';
import { AppUpdateStatus } from '../services/updates/app-update-status';
import { KIOSK_CONFIG_DIR } from '../test-support/test-services';
import { ShellAppUpdater, type UpdaterPort } from './app-updater';

const hours = centreConfigSchema.parse(
  JSON.parse(readFileSync(`${KIOSK_CONFIG_DIR}/demo-centre.json`, 'utf8')),
).centre.hours;

/** electron-updater's AppUpdater as the adapter sees it, driven by the test. */
class FakeUpdater extends EventEmitter implements UpdaterPort {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = false;
  private currentChannel: string | null = null;
  isUpdateSupported: UpdaterPort['isUpdateSupported'] = () => true;
  isUserWithinRollout: UpdaterPort['isUserWithinRollout'] = () => true;
  feed: string | null = null;
  downloads = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  offer: UpdateInfo | null = null;

  get channel() {
    return this.currentChannel;
  }
  set channel(value: string | null) {
    this.currentChannel = value;
    this.allowDowngrade = true; // as electron-updater does
  }
  setFeedURL(options: { url: string }) {
    this.feed = options.url;
  }
  async checkForUpdates() {
    const offer = this.offer;
    if (offer && (await this.isUpdateSupported(offer)) && (await this.isUserWithinRollout(offer))) {
      this.emit('update-available', offer);
    } else this.emit('update-not-available', offer);
    return null;
  }
  downloadUpdate() {
    this.downloads += 1;
    return Promise.resolve([]);
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

const info = (version: string, stagingPercentage?: number) =>
  ({ version, files: [], releaseDate: '', stagingPercentage }) as unknown as UpdateInfo;

function setup(options: { now: string; verified?: boolean; session?: boolean }) {
  const updater = new FakeUpdater();
  const status = new AppUpdateStatus();
  const endedListeners: (() => void)[] = [];
  const sessions = {
    current: options.session ? { id: 's' } : null,
    onEnded: (listener: () => void) => endedListeners.push(listener),
  };
  let nowMs = new Date(options.now).getTime();
  const verify = vi.fn(() =>
    Promise.resolve(
      options.verified === false
        ? ({ ok: false, reason: 'not-signed', detail: 'no .sig' } as const)
        : ({ ok: true } as const),
    ),
  );
  const shell = new ShellAppUpdater({
    updater,
    status,
    support: { supported: true },
    settings: () => ({
      updates: updatesSchema.parse({ server: 'https://maj.example.fr/borne', channel: 'pilot' }),
      hours,
    }),
    sessions,
    rolloutId: 'f'.repeat(32),
    keyring: new Map(),
    verify,
    platform: 'linux',
    arch: 'x64',
    logger: createMemoryLogger(),
    now: () => nowMs,
  });
  shell.start();
  return {
    updater,
    status,
    shell,
    sessions,
    verify,
    endSession() {
      sessions.current = null;
      for (const listener of endedListeners) listener();
    },
    setNow(clock: string) {
      nowMs = new Date(clock).getTime();
    },
  };
}

describe('the shell app updater (against a typed fake of electron-updater)', () => {
  let current: ReturnType<typeof setup> | null = null;
  afterEach(() => current?.shell.stop());

  it('points electron-updater at the channel feed, with downgrades and auto-install off', async () => {
    current = setup({ now: '2026-12-01T20:00:00' });
    await current.shell.check();
    expect(current.updater.feed).toBe('https://maj.example.fr/borne/app/linux');
    expect(current.updater.channel).toBe('pilot');
    expect(current.updater.allowDowngrade).toBe(false);
    expect(current.updater.autoDownload).toBe(false);
    expect(current.updater.autoInstallOnAppQuit).toBe(false);
    expect(current.status.state).toMatchObject({ phase: 'idle' });
  });

  it('verifies the signed channel file, downloads, and installs at once when the centre is closed', async () => {
    current = setup({ now: '2026-12-01T20:00:00' });
    current.updater.offer = info('1.4.0');
    await current.shell.check();
    expect(current.verify).toHaveBeenCalledWith(
      expect.objectContaining({
        channelFileUrl: 'https://maj.example.fr/borne/app/linux/pilot-linux.yml',
      }),
    );
    expect(current.updater.downloads).toBe(1);
    current.updater.emit('update-downloaded', info('1.4.0'));
    expect(current.updater.installs).toEqual([[true, true]]);
    expect(current.status.state).toEqual({ phase: 'installing', version: '1.4.0' });
  });

  it('skips a release whose channel file is not signed by the federation', async () => {
    current = setup({ now: '2026-12-01T20:00:00', verified: false });
    current.updater.offer = info('1.4.0');
    await current.shell.check();
    expect(current.updater.downloads).toBe(0);
    expect(current.status.state).toEqual({
      phase: 'skipped',
      version: '1.4.0',
      reason: 'not-signed',
    });
  });

  it('skips a release staged at 0 % for now', async () => {
    current = setup({ now: '2026-12-01T20:00:00' });
    current.updater.offer = info('1.4.0', 0);
    await current.shell.check();
    expect(current.updater.downloads).toBe(0);
    expect(current.status.state).toMatchObject({ phase: 'skipped', reason: 'not-in-rollout' });
  });

  it('waits for the resident to finish before downloading and before installing', async () => {
    current = setup({ now: '2026-12-01T20:00:00', session: true });
    current.updater.offer = info('1.4.0');
    await current.shell.check();
    expect(current.updater.downloads).toBe(0);
    expect(current.status.state).toMatchObject({ phase: 'waiting', reason: 'session-open' });
    current.endSession();
    expect(current.updater.downloads).toBe(1);
    current.sessions.current = { id: 'next resident' };
    current.updater.emit('update-downloaded', info('1.4.0'));
    expect(current.updater.installs).toEqual([]);
    expect(current.status.state).toMatchObject({ phase: 'waiting', reason: 'session-open' });
    current.endSession();
    expect(current.updater.installs).toEqual([[true, true]]);
  });

  it('during opening hours, keeps the downloaded update for closing time', async () => {
    current = setup({ now: '2026-12-01T10:00:00' });
    current.updater.offer = info('1.4.0');
    await current.shell.check();
    current.updater.emit('update-downloaded', info('1.4.0'));
    expect(current.updater.installs).toEqual([]);
    expect(current.status.state).toMatchObject({ phase: 'waiting', reason: 'opening-hours' });
    current.setNow('2026-12-01T18:30:00');
    current.endSession();
    expect(current.updater.installs).toEqual([[true, true]]);
  });
});
