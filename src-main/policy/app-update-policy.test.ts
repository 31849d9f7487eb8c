import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { centreConfigSchema } from '../api/contract/config';
import { KIOSK_CONFIG_DIR } from '../test-support/test-services';
import {
  appFeedUrl,
  autoUpdateSupport,
  channelFileName,
  decideInstall,
  isInRollout,
  MAX_DEFERRAL_MS,
  QUIET_MS,
  rolloutBucket,
  shouldStartDownload,
  updaterChannel,
  type InstallContext,
} from './app-update-policy';

const hours = centreConfigSchema.parse(
  JSON.parse(readFileSync(`${KIOSK_CONFIG_DIR}/demo-centre.json`, 'utf8')),
).centre.hours;
// The demo centre: Tuesday 9:00–12:00 and 13:30–18:00. 2026-12-01 is a Tuesday.
const tuesdayAt = (clock: string) => new Date(`2026-12-01T${clock}:00`);

function context(overrides: Partial<InstallContext>): InstallContext {
  return {
    now: tuesdayAt('20:00'),
    sessionOpen: false,
    lastSessionEndedAtMs: null,
    hours,
    downloadedAtMs: tuesdayAt('08:00').getTime(),
    ...overrides,
  };
}

describe('when to install a downloaded update', () => {
  it('never while a resident session is open, even at night', () => {
    expect(decideInstall(context({ sessionOpen: true }))).toEqual({
      action: 'wait',
      reason: 'session-open',
      retryInMs: 60_000,
    });
  });

  it('installs at once while the centre is closed (evening, lunch break)', () => {
    expect(decideInstall(context({ now: tuesdayAt('20:00') }))).toEqual({ action: 'install' });
    expect(decideInstall(context({ now: tuesdayAt('12:30') }))).toEqual({ action: 'install' });
  });

  it('waits for closing time during opening hours, looking again at most every 15 min', () => {
    expect(decideInstall(context({ now: tuesdayAt('10:00') }))).toEqual({
      action: 'wait',
      reason: 'opening-hours',
      retryInMs: 15 * 60_000,
    });
    expect(decideInstall(context({ now: tuesdayAt('11:55') }))).toMatchObject({
      retryInMs: 5 * 60_000,
    });
  });

  it('after two days of waiting, installs during opening hours at a quiet moment only', () => {
    const now = tuesdayAt('10:00');
    const downloadedAtMs = now.getTime() - MAX_DEFERRAL_MS;
    expect(
      decideInstall(context({ now, downloadedAtMs, lastSessionEndedAtMs: now.getTime() - 60_000 })),
    ).toEqual({ action: 'wait', reason: 'recent-activity', retryInMs: QUIET_MS - 60_000 });
    expect(
      decideInstall(
        context({ now, downloadedAtMs, lastSessionEndedAtMs: now.getTime() - QUIET_MS }),
      ),
    ).toEqual({ action: 'install' });
    expect(decideInstall(context({ now, downloadedAtMs }))).toEqual({ action: 'install' });
  });

  it('follows a dated exception: a public holiday is closed all day', () => {
    const holiday = {
      ...hours,
      exceptions: [{ date: '2026-12-01', label: 'Fermeture', ranges: [] }],
    };
    expect(decideInstall(context({ hours: holiday, now: tuesdayAt('10:00') }))).toEqual({
      action: 'install',
    });
  });

  it('starts a download only while nobody uses the borne', () => {
    expect(shouldStartDownload(true)).toBe(false);
    expect(shouldStartDownload(false)).toBe(true);
  });
});

describe('staged rollout', () => {
  const ids = Array.from({ length: 2000 }, (_, index) => `borne-${index}`);

  it('puts each borne in a fixed bucket, about evenly spread', () => {
    expect(rolloutBucket('borne-1')).toBe(rolloutBucket('borne-1'));
    const share = ids.filter((id) => isInRollout(id, 10)).length / ids.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });

  it('only adds bornes when the percentage grows; none at 0, all at 100 or when unset', () => {
    const at10 = ids.filter((id) => isInRollout(id, 10));
    const at50 = new Set(ids.filter((id) => isInRollout(id, 50)));
    expect(at10.every((id) => at50.has(id))).toBe(true);
    expect(ids.filter((id) => isInRollout(id, 0))).toEqual([]);
    expect(ids.every((id) => isInRollout(id, 100))).toBe(true);
    expect(ids.every((id) => isInRollout(id, undefined))).toBe(true);
    expect(isInRollout('borne-1', 'not a number')).toBe(false);
  });
});

describe('channels and feeds', () => {
  it('maps the centre channel to electron-updater channel files per platform', () => {
    expect(updaterChannel('stable')).toBe('latest');
    expect(channelFileName('stable', 'win32', 'x64')).toBe('latest.yml');
    expect(channelFileName('pilot', 'win32', 'x64')).toBe('pilot.yml');
    expect(channelFileName('stable', 'linux', 'x64')).toBe('latest-linux.yml');
    expect(channelFileName('pilot', 'linux', 'arm64')).toBe('pilot-linux-arm64.yml');
    expect(appFeedUrl('https://maj.example.fr/borne/', 'win32')).toBe(
      'https://maj.example.fr/borne/app/win',
    );
    expect(appFeedUrl('https://maj.example.fr/borne', 'linux')).toBe(
      'https://maj.example.fr/borne/app/linux',
    );
  });

  it('updates itself only where no administrator is needed', () => {
    const base = { isPackaged: true, appImagePath: undefined, appImageWritable: false };
    expect(autoUpdateSupport({ ...base, platform: 'win32' })).toEqual({ supported: true });
    expect(autoUpdateSupport({ ...base, platform: 'linux' })).toEqual({
      supported: false,
      reason: 'system-package',
    });
    expect(
      autoUpdateSupport({
        ...base,
        platform: 'linux',
        appImagePath: '/home/borne/Applications/Borne.AppImage',
        appImageWritable: true,
      }),
    ).toEqual({ supported: true });
    expect(autoUpdateSupport({ ...base, isPackaged: false, platform: 'win32' })).toEqual({
      supported: false,
      reason: 'not-packaged',
    });
  });
});
