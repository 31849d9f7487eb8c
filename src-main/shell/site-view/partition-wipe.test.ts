import { describe, expect, it } from 'vitest';
import { wipePlan } from '../../policy/wipe-plan';
import { FakeClipboard, FakeSession } from '../testing/fake-electron-site';
import { runShellWipe, type WipeTargets } from './partition-wipe';

function targets(session: FakeSession | null, overrides: Partial<WipeTargets> = {}) {
  const log: string[] = [];
  const clipboard = new FakeClipboard();
  const base: WipeTargets = {
    session: session?.handle ?? null,
    destroyView: () => log.push('destroyView'),
    clipboard,
    resetZoom: () => log.push('resetZoom'),
    loginProviderHosts: [
      'franceconnect.gouv.fr',
      'oidc.franceconnect.gouv.fr',
      'cfspart-idp.impots.gouv.fr',
    ],
    platform: 'linux',
  };
  return { targets: { ...base, ...overrides }, log, clipboard };
}

describe('partition wipe', () => {
  it("runs every shell step in order, dropping FranceConnect's cookies first", async () => {
    const session = new FakeSession();
    session.cookieJar = [
      { name: 'fc_session', domain: '.franceconnect.gouv.fr', path: '/' },
      { name: 'idp', domain: 'cfspart-idp.impots.gouv.fr', path: '/' },
      { name: 'trusted', domain: '.impots.gouv.fr', path: '/' },
      { name: 'caf', domain: 'wwwd.caf.fr', path: '/' },
    ];
    const { targets: wipeTargets, log, clipboard } = targets(session);
    const report = await runShellWipe(
      wipePlan({ loginProvidersUsed: ['franceconnect'] }),
      wipeTargets,
    );
    expect(session.removedCookies).toEqual([
      'fc_session@https://franceconnect.gouv.fr/',
      'idp@https://cfspart-idp.impots.gouv.fr/',
      'trusted@https://impots.gouv.fr/',
    ]);
    expect(session.calls).toEqual([
      'closeAllConnections',
      'clearData',
      'clearStorageData',
      'clearCache',
      'clearAuthCache',
      'clearHostResolverCache',
      'clearCodeCaches',
    ]);
    expect(log).toEqual(['destroyView', 'resetZoom']);
    expect(clipboard.cleared).toEqual(['clipboard', 'selection']);
    expect(report.partitionClean).toBe(true);
    expect(report.steps.every((step) => step.ok)).toBe(true);
    expect(report.steps.map((step) => step.step)).toContain('verify-partition-empty');
  });

  it('marks the partition unclean when a step fails, and still runs the others', async () => {
    const session = new FakeSession();
    session.failing.add('clearData');
    const { targets: wipeTargets, clipboard } = targets(session);
    const report = await runShellWipe(wipePlan({ loginProvidersUsed: [] }), wipeTargets);
    expect(report.partitionClean).toBe(false);
    expect(report.steps.find((step) => step.step === 'clear-data')).toMatchObject({ ok: false });
    expect(session.calls).toContain('clearCodeCaches');
    expect(clipboard.cleared).toContain('clipboard');
  });

  it('fails the verification when a cookie survives everything', async () => {
    const session = new FakeSession();
    const stubborn = { name: 'survivor', domain: 'www.caf.fr', path: '/' };
    session.cookieJar = [stubborn];
    session.clearData = () => Promise.resolve();
    session.clearStorageData = () => Promise.resolve();
    const report = await runShellWipe(
      wipePlan({ loginProvidersUsed: [] }),
      targets(session).targets,
    );
    expect(report.steps.find((step) => step.step === 'verify-partition-empty')).toMatchObject({
      ok: false,
      error: expect.stringContaining('1 cookie(s) left') as unknown,
    });
    expect(report.partitionClean).toBe(false);
  });

  it('without a partition (no site this session), still clears the clipboard and the zoom', async () => {
    const { targets: wipeTargets, log, clipboard } = targets(null, { platform: 'win32' });
    const report = await runShellWipe(wipePlan({ loginProvidersUsed: [] }), wipeTargets);
    expect(report.steps.map((step) => step.step)).toEqual(['clear-clipboard', 'reset-zoom']);
    expect(log).toEqual(['resetZoom']);
    expect(clipboard.cleared).toEqual(['clipboard']);
    expect(report.partitionClean).toBe(true);
  });
});
