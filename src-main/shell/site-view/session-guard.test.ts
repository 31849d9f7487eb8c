import type { DownloadItem } from 'electron';
import { describe, expect, it } from 'vitest';
import { compileHostRules } from '../../policy/allowlist/host-rule-set';
import type { SiteViewEvents } from '../../services/site/site-view-port';
import { FakeSession } from '../testing/fake-electron-site';
import { guardSiteSession } from './session-guard';

const events: SiteViewEvents = {
  decideNavigation: (request) => ({ allow: request.url.startsWith('https://www.caf.fr/') }),
  decideSubresource: (url) => url.startsWith('https://'),
  committed: () => {},
  loadFailed: () => {},
  input: () => {},
  adminShortcut: () => {},
  fileChooserOpened: () => {},
  downloadRefused: () => {},
  printRequested: () => {},
};

function setup(open: SiteViewEvents | null = events) {
  const session = new FakeSession();
  const downloads: unknown[] = [];
  guardSiteSession(session.handle, {
    events: () => open,
    grants: () => [{ permission: 'camera', hosts: compileHostRules(['*.ants.gouv.fr']).set }],
    onDownload: (item) => downloads.push(item),
  });
  return { session, downloads };
}

function request(
  session: FakeSession,
  permission: string,
  requestingUrl: string,
  mediaTypes?: string[],
) {
  let granted: boolean | null = null;
  session.permissionRequest?.(null, permission, (value: boolean) => (granted = value), {
    requestingUrl,
    isMainFrame: true,
    ...(mediaTypes ? { mediaTypes } : {}),
  });
  return granted;
}

describe('site session guard', () => {
  it('denies permissions by default, grants the centre’s, on request and on check', () => {
    const { session } = setup();
    expect(request(session, 'media', 'https://www.caf.fr/', ['video'])).toBe(false);
    expect(request(session, 'media', 'https://passeport.ants.gouv.fr/', ['video'])).toBe(true);
    expect(request(session, 'openExternal', 'https://passeport.ants.gouv.fr/')).toBe(false);
    expect(request(session, 'fullscreen', 'https://www.caf.fr/')).toBe(false);
    expect(request(session, 'notifications', 'https://www.caf.fr/')).toBe(false);
    expect(
      session.permissionCheck?.(null, 'media', 'https://passeport.ants.gouv.fr', {
        isMainFrame: true,
        mediaType: 'video',
        requestingUrl: 'https://passeport.ants.gouv.fr/photo',
      }),
    ).toBe(true);
    expect(
      session.permissionCheck?.(null, 'clipboard-read', 'https://www.caf.fr', {
        isMainFrame: true,
      }),
    ).toBe(false);
    expect(
      session.permissionCheck?.(null, 'fileSystem', 'https://www.caf.fr', { isMainFrame: true }),
    ).toBe(false);
  });

  it('never offers a device, a screen or a spellcheck service', () => {
    const { session } = setup();
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    let streams: unknown = 'unset';
    session.displayMedia?.({}, (value: unknown) => (streams = value));
    expect(streams).toBeNull();
    let pairing: unknown = null;
    session.bluetooth?.({}, (value: unknown) => (pairing = value));
    expect(pairing).toEqual({ confirmed: false });
    let chosen: unknown = 'unset';
    expect(session.fire('select-hid-device', {}, {}, (id: unknown) => (chosen = id))).toBe(true);
    expect(chosen).toBeNull();
    expect(session.fire('select-serial-port', {}, [], null, (id: unknown) => (chosen = id))).toBe(
      true,
    );
    expect(chosen).toBe('');
    expect(session.fire('select-usb-device', {}, {}, () => (chosen = undefined))).toBe(true);
    expect(session.spellChecker).toBe(false);
  });

  it('holds every request to the decisions: frames and pages to the allowlist, the rest to https', () => {
    const { session } = setup();
    expect(session.request('https://www.caf.fr/page', 'mainFrame')).toBe(true);
    expect(session.request('https://evil.example/', 'mainFrame')).toBe(false);
    expect(session.request('https://evil.example/', 'subFrame')).toBe(false);
    expect(session.request('https://cdn.example/x.js', 'script')).toBe(true);
    expect(session.request('http://cdn.example/x.js', 'script')).toBe(false);
  });

  it('cancels every request while no démarche is open', () => {
    const { session } = setup(null);
    expect(session.request('https://www.caf.fr/page', 'mainFrame')).toBe(false);
    expect(session.request('https://cdn.example/x.js', 'image')).toBe(false);
  });

  it('hands every download to the borne (never the Save dialog)', () => {
    const { session, downloads } = setup();
    const item = { getFilename: () => 'attestation.pdf' } as unknown as DownloadItem;
    session.fire('will-download', {}, item);
    expect(downloads).toEqual([item]);
  });
});
