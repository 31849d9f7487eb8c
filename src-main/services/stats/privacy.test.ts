import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../api/client';
import type { BorneApi } from '../../api/contract';
import type { CentreConfig } from '../../api/contract/config';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';
import { looksPersonal } from './matomo/privacy-guard';
import { MatomoReceiver } from './testing/matomo-receiver';
import { TEST_TOKEN } from './testing/stats-fixture';

/** What a resident typed in the search box during the journey below. */
const TYPED = ['jean.dupont@example.fr', '06 12 34 56 78', 'Dupont', 'allocataire 1234567'];

/** Technical parameters: random ids, times and numbers, never derived from anything typed. */
const TECHNICAL = new Set([
  'cid',
  'cdt',
  'idsite',
  'rec',
  'apiv',
  'h',
  'm',
  's',
  'e_v',
  'new_visit',
]);

describe('privacy of what is synced', () => {
  let borne: TestBorne;
  let api: BorneApi;
  let receiver: MatomoReceiver;

  beforeAll(async () => {
    receiver = await MatomoReceiver.start({
      siteId: 1,
      dimensions: { centre: 1, territory: 2, profile: 3, place: 4, appVersion: 5, language: 6 },
      token: TEST_TOKEN,
    });
    borne = createTestBorne();
    const config = borne.services.config.current;
    borne.services.config.save({
      ...config,
      // A referent who wrote a phone number in the place tag of a nomade session.
      profile: { kind: 'nomade', placeTag: 'Permanence, appeler le 06 12 34 56 78' },
      stats: { ...config.stats, matomo: { ...config.stats.matomo, url: receiver.url } },
    } satisfies CentreConfig);
    api = createApiClient({
      call: (method, args) => borne.dispatcher.dispatch(method, args),
      subscribe: () => () => {},
    });
    await api.admin.createPin('482915');
    await api.stats.setMatomoToken(TEST_TOKEN);
  });
  afterAll(async () => {
    await borne.services.stats.close();
    borne.services.close();
    await receiver.close();
  });

  it('sends no query string, fragment, e-mail, phone number nor search words', async () => {
    await api.session.start();
    await api.usage.record({ type: 'theme.open', themeId: 'famille' });
    for (const words of TYPED) {
      // The UI only says whether a search found something; the words cannot be recorded.
      expect(await api.usage.record({ type: 'search', found: words.length > 10 })).toEqual({
        recorded: true,
      });
      const envelope = await borne.dispatcher.dispatch('usage.record', [
        { type: 'search', found: true, words },
      ]);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    await api.usage.record({ type: 'demarche.open', demarcheId: 'caf-apl', via: 'search' });
    await api.usage.record({ type: 'navigation.refused', host: 'www.exemple-hors-liste.fr' });
    // A URL with its query is refused where a host is expected.
    const url = await borne.dispatcher.dispatch('usage.record', [
      { type: 'navigation.refused', host: 'https://caf.fr/mon-compte?nir=1850599123456#top' },
    ]);
    expect(url).toMatchObject({ ok: false });
    // A service bug that puts a phone number into an id: the schema lets digits through,
    // the guard before sending does not.
    borne.services.usage.record(
      { type: 'demarche.open', demarcheId: '0612345678', via: 'link' },
      borne.services.sessions.current?.id ?? null,
    );
    await api.session.end();
    await borne.services.stats.beat();

    // The resident session locked admin mode; the referent unlocks it to sync.
    await api.admin.unlock('482915');
    const status = await api.stats.syncNow();
    expect(status).toMatchObject({ pending: 0, lastError: null, tokenSet: true });
    expect(receiver.violations).toEqual([]);
    expect(receiver.tracked.length).toBeGreaterThanOrEqual(10);

    const values = receiver.tracked
      .flatMap((request) => [...request.params.values()])
      .join('\n')
      .toLowerCase();
    for (const word of TYPED.flatMap((words) => words.toLowerCase().split(' '))) {
      if (word.length > 3) expect(values).not.toContain(word);
    }
    for (const request of receiver.tracked) {
      for (const [name, value] of request.params) {
        expect(value, `${name}=${value}`).not.toMatch(/[?#]|:\/\//);
        if (!TECHNICAL.has(name)) expect(looksPersonal(value), `${name}=${value}`).toBe(false);
      }
    }
    const names = new Set(receiver.tracked.flatMap((request) => [...request.params.keys()]));
    for (const forbidden of ['uid', 'cip', 'url', 'urlref', '_id', 'search', 'action_name']) {
      expect(names.has(forbidden), forbidden).toBe(false);
    }
    // The place tag went, minus its phone number.
    expect(receiver.tracked.map((request) => request.params.get('dimension4'))).toContain(
      'redacted',
    );
  });
});
