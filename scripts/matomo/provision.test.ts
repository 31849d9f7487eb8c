import { afterEach, describe, expect, it } from 'vitest';
import { FakeMatomoApi } from './fake-matomo-api';
import { createMatomoApi } from './matomo-api';
import { borneConfigSnippet, provisionMatomo, type ProvisionOptions } from './provision';

const TOKEN = '0123456789abcdef0123456789abcdef';
const OPTIONS: ProvisionOptions = {
  siteName: 'Bornes e-administration',
  siteUrl: 'https://bornes.invalid',
  timezone: 'Europe/Paris',
  privacy: true,
  dashboardLogin: 'federation',
  writer: {
    login: 'bornes',
    email: 'bornes@federation.invalid',
    adminPassword: 'mot-de-passe-admin',
  },
};

let fake: FakeMatomoApi;
afterEach(() => fake.close());

describe('npm run matomo:provision', () => {
  it('creates the network site, its dimensions, the privacy settings, a dashboard and a write-only token', async () => {
    fake = new FakeMatomoApi(TOKEN, 'mot-de-passe-admin');
    const url = await fake.start();
    const result = await provisionMatomo(createMatomoApi(url, TOKEN), OPTIONS);

    expect(result).toMatchObject({
      matomoVersion: '5.4.0',
      siteId: 1,
      siteCreated: true,
      dimensions: { centre: 1, territory: 2, profile: 3, place: 4, appVersion: 5, language: 6 },
      dashboardId: 1,
      writerToken: 'deadbeefdeadbeefdeadbeefdeadbeef',
      warnings: [],
    });
    expect(fake.sites).toEqual([
      { idsite: 1, name: 'Bornes e-administration', timezone: 'Europe/Paris' },
    ]);
    expect(fake.dimensions.map((d) => [d.name, d.scope])).toEqual([
      ['Centre', 'visit'],
      ['Territoire', 'visit'],
      ['Profil (borne/nomade)', 'visit'],
      ['Lieu (nomade)', 'visit'],
      ['Version de la borne', 'visit'],
      ['Langue', 'action'],
    ]);
    expect(fake.privacy).toMatchObject({
      anonymizeIPEnable: '1',
      maskLength: '2',
      enableDeleteLogs: '1',
      deleteLogsOlderThan: '760',
    });
    expect(fake.users.get('bornes')).toMatchObject({ access: 'write', sites: '1' });
    expect(fake.calls.find((call) => call.method === 'SitesManager.addSite')?.params).toMatchObject(
      {
        'urls[0]': 'https://bornes.invalid',
        currency: 'EUR',
        ecommerce: '0',
      },
    );
    // The defaults of a borne's config match what a fresh Matomo gives.
    expect(JSON.parse(borneConfigSnippet(url, result))).toEqual({
      stats: { matomo: { url, siteId: 1, dimensions: result.dimensions } },
    });
  });

  it('keeps what exists when run again', async () => {
    fake = new FakeMatomoApi(TOKEN, 'mot-de-passe-admin');
    const url = await fake.start();
    const api = createMatomoApi(url, TOKEN);
    const first = await provisionMatomo(api, OPTIONS);
    const second = await provisionMatomo(api, OPTIONS);
    expect(second).toMatchObject({
      siteId: first.siteId,
      siteCreated: false,
      dimensions: first.dimensions,
      dimensionsCreated: [],
      dashboardId: 1,
    });
    expect(second.writerToken).toBeNull();
    expect(second.warnings).toEqual([expect.stringMatching(/user bornes exists/)]);
    expect(fake.sites).toHaveLength(1);
    expect(fake.dimensions).toHaveLength(6);
  });

  it('stops with Matomo’s own message when the token is wrong', async () => {
    fake = new FakeMatomoApi(TOKEN, 'mot-de-passe-admin');
    const url = await fake.start();
    await expect(provisionMatomo(createMatomoApi(url, 'wrong'), OPTIONS)).rejects.toThrow(
      'API.getMatomoVersion: You must be logged in to access this functionality.',
    );
  });
});
