import { describe, expect, it } from 'vitest';
import { RESIDENT_DATA_KINDS, uncoveredKinds, wipePlan } from './wipe-plan';

describe('wipe plan', () => {
  it('names every kind of resident data and removes each one', () => {
    const plan = wipePlan({ loginProvidersUsed: ['franceconnect'] });
    expect(uncoveredKinds(plan)).toEqual([]);
    expect(RESIDENT_DATA_KINDS).toEqual(
      expect.arrayContaining([
        'cookies',
        'local-storage',
        'session-storage',
        'indexeddb',
        'service-workers',
        'cache-storage',
        'http-cache',
        'http-auth-cache',
        'host-resolver-cache',
        'session-files',
        'clipboard',
        'zoom',
        'ui-language',
      ]),
    );
  });

  it("drops the login providers' cookies first when the journey used FranceConnect", () => {
    const plan = wipePlan({ loginProvidersUsed: ['franceconnect'] }).map((each) => each.name);
    expect(plan[0]).toBe('drop-login-provider-cookies');
    expect(plan.indexOf('destroy-site-view')).toBeLessThan(plan.indexOf('clear-data'));
    expect(plan.indexOf('clear-code-caches')).toBeLessThan(plan.indexOf('verify-partition-empty'));
  });

  it('without a login provider, still covers everything (clearData takes every cookie)', () => {
    const plan = wipePlan({ loginProvidersUsed: [] });
    expect(plan.map((each) => each.name)).not.toContain('drop-login-provider-cookies');
    expect(uncoveredKinds(plan)).toEqual([]);
  });

  it('gives each step one executor; partition steps are all run by the shell', () => {
    const plan = wipePlan({ loginProvidersUsed: ['franceconnect'] });
    expect(plan.filter((each) => each.partition).every((each) => each.executor === 'shell')).toBe(
      true,
    );
    expect(plan.filter((each) => each.executor === 'services').map((each) => each.name)).toEqual([
      'delete-session-files',
    ]);
    expect(plan.filter((each) => each.executor === 'ui').map((each) => each.name)).toEqual([
      'reset-ui-language',
    ]);
  });
});
