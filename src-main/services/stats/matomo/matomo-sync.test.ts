import { afterEach, describe, expect, it } from 'vitest';
import { MatomoReceiver, type ReceiverOptions } from '../testing/matomo-receiver';
import {
  openTestDatabase,
  TEST_RULES,
  TEST_TOKEN,
  testEventLog,
  testSync,
} from '../testing/stats-fixture';

const receivers: MatomoReceiver[] = [];
async function receiver(options: Partial<ReceiverOptions> = {}) {
  const started = await MatomoReceiver.start({ ...TEST_RULES, ...options });
  receivers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((one) => one.close()));
});

const HOUR = 3_600_000;

describe('MatomoSync against a loopback Matomo', () => {
  it('sends one visit per session, with the original times and the dimensions', async () => {
    const matomo = await receiver();
    const { db } = openTestDatabase();
    const clock = { now: Date.now() - 2 * HOUR };
    const log = testEventLog(db, clock);
    log.record({ type: 'session.start' }, 'a');
    clock.now += 30_000;
    log.record({ type: 'demarche.open', demarcheId: 'caf-apl', via: 'search' }, 'a');
    log.record({ type: 'session.start' }, 'b');
    log.record({ type: 'print', kind: 'pdf', pages: 2, outcome: 'printed' }, 'b');
    log.record({ type: 'heartbeat', version: '1.2.0', printer: 'ok', freeDiskMb: 5120 }, null);

    const result = await testSync(db, matomo.endpoint).syncPass();

    expect(result).toEqual({ sent: 5, failed: false });
    expect(matomo.violations).toEqual([]);
    const [startA, openA, startB, printB, beat] = matomo.tracked.map((one) =>
      Object.fromEntries(one.params),
    );
    expect(startA).toMatchObject({ idsite: '3', rec: '1', new_visit: '1', e_c: 'session' });
    expect(openA).toMatchObject({
      cid: startA?.cid,
      e_c: 'demarche',
      e_a: 'caf-apl',
      e_n: 'search',
    });
    expect(openA?.new_visit).toBeUndefined();
    expect(Number(openA?.cdt) - Number(startA?.cdt)).toBe(30);
    expect(startB?.cid).not.toBe(startA?.cid);
    expect(printB).toMatchObject({ cid: startB?.cid, e_c: 'print', e_a: 'pdf', e_v: '2' });
    expect(beat).toMatchObject({ e_c: 'heartbeat', e_a: 'ok', e_n: '1.2.0', e_v: '5120' });
    expect(startA).toMatchObject({
      dimension1: 'demo-les-marronniers',
      dimension2: 'mel-lille-sud',
      dimension3: 'borne',
      dimension5: '0.0.0-test',
      dimension6: 'fr',
      ua: 'Borne/0.0.0-test',
    });
    expect(db.prepare('SELECT count(*) FROM usage_events WHERE sync = 1').pluck().get()).toBe(5);
  });

  it('without a token sends what is under the age limit and keeps the rest until one is given', async () => {
    const matomo = await receiver();
    const { db } = openTestDatabase();
    const clock = { now: Date.now() - 30 * HOUR };
    const log = testEventLog(db, clock);
    log.record({ type: 'session.start' }, 'old');
    log.record({ type: 'theme.open', themeId: 'famille' }, 'old');
    clock.now = Date.now() - 22.5 * HOUR;
    // A session that started before the limit is held whole, even its younger events.
    log.record({ type: 'theme.open', themeId: 'sante' }, 'old');
    log.record({ type: 'session.start' }, 'recent');
    log.record({ type: 'theme.open', themeId: 'emploi' }, 'recent');

    const withoutToken = testSync(db, matomo.endpoint, { token: null });
    expect(await withoutToken.syncPass()).toEqual({ sent: 2, failed: false });
    expect(matomo.tracked.map((one) => one.params.get('e_a'))).toEqual(['start', 'emploi']);
    expect(matomo.tracked.every((one) => !one.withToken)).toBe(true);
    expect(await withoutToken.snapshot()).toMatchObject({ pending: 3, heldForToken: 3 });

    const withToken = testSync(db, matomo.endpoint, { token: TEST_TOKEN });
    expect(await withToken.syncPass()).toEqual({ sent: 3, failed: false });
    expect(matomo.tracked.slice(2).map((one) => [one.params.get('e_a'), one.withToken])).toEqual([
      ['start', true],
      ['famille', true],
      ['sante', true],
    ]);
    expect(matomo.invalid).toEqual([]);
    expect(await withToken.snapshot()).toMatchObject({ pending: 0, delivered: 5 });
  });

  it('keeps the events when Matomo refuses them all (wrong site or token), and says so', async () => {
    const matomo = await receiver({ siteId: 99 });
    const { db } = openTestDatabase();
    const log = testEventLog(db, { now: Date.now() });
    log.record({ type: 'search', found: false }, null);
    const sync = testSync(db, matomo.endpoint);
    expect(await sync.syncPass()).toEqual({ sent: 0, failed: true });
    expect(await sync.snapshot()).toMatchObject({
      pending: 1,
      lastError: { code: 'refused-all', detail: '1 of 1 refused' },
    });
  });

  it('sets aside the requests a super-user token learns are invalid, and goes on', async () => {
    const matomo = await receiver({ superUserToken: TEST_TOKEN, token: 'another-token' });
    const { db } = openTestDatabase();
    const clock = { now: Date.now() - 48 * HOUR };
    const log = testEventLog(db, clock);
    log.record({ type: 'search', found: true }, null);
    clock.now = Date.now();
    log.record({ type: 'search', found: false }, null);
    const sync = testSync(db, matomo.endpoint);
    expect(await sync.syncPass()).toEqual({ sent: 2, failed: false });
    expect(await sync.snapshot()).toMatchObject({ pending: 0, delivered: 1, refused: 1 });
  });

  it('resumes after a restart where the last acknowledged batch ended', async () => {
    const matomo = await receiver({ fault: (bulk) => (bulk === 3 ? 'error-500' : 'ok') });
    const { db } = openTestDatabase();
    const log = testEventLog(db, { now: Date.now() });
    for (let index = 0; index < 450; index += 1) log.record({ type: 'search', found: true }, null);
    expect(await testSync(db, matomo.endpoint).syncPass()).toEqual({ sent: 200, failed: true });
    expect(await testSync(db, matomo.endpoint).syncPass()).toEqual({ sent: 250, failed: false });
    expect(matomo.tracked).toHaveLength(450);
    expect((await testSync(db, matomo.endpoint).snapshot()).lastError).toMatchObject({
      code: 'http-status',
      detail: 'HTTP 500',
    });
  });

  it('tells a timeout, a refused connection and a foreign answer apart', async () => {
    const { db } = openTestDatabase();
    testEventLog(db, { now: Date.now() }).record({ type: 'search', found: true }, null);
    const hanging = await receiver({ fault: () => 'hang' });
    const sync = testSync(db, hanging.endpoint, { timeoutMs: 100 });
    await sync.syncPass();
    expect((await sync.snapshot()).lastError?.code).toBe('timeout');

    const gone = await receiver();
    await gone.close();
    const refused = testSync(db, gone.endpoint);
    await refused.syncPass();
    expect((await refused.snapshot()).lastError?.code).toBe('network');
  });
});
