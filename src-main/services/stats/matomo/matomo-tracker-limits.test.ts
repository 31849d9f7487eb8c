import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { MatomoReceiver, type ReceiverFault } from '../testing/matomo-receiver';
import { TEST_RULES } from '../testing/stats-fixture';

/**
 * Why the sync does not send through the matomo-tracker package (on the client's list):
 * each of its limits, shown against the same loopback Matomo the sync is tested with.
 * If a future version lifts them, these tests fail and the choice can be revisited.
 */
interface MatomoTrackerInstance {
  trackBulk(events: Record<string, string>[], callback: (body: string) => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
}
const MatomoTracker = createRequire(import.meta.url)('matomo-tracker') as new (
  siteId: number,
  url: string,
) => MatomoTrackerInstance;

const receivers: MatomoReceiver[] = [];
async function receiver(fault: ReceiverFault = 'ok') {
  const started = await MatomoReceiver.start({ ...TEST_RULES, fault: () => fault });
  receivers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((one) => one.close()));
});

function event(ageSeconds: number): Record<string, string> {
  const at = Math.floor(Date.now() / 1000) - ageSeconds;
  return {
    apiv: '1',
    cid: '0123456789abcdef',
    cdt: String(at),
    h: '10',
    m: '0',
    s: '0',
    e_c: 'search',
    e_a: 'found',
    lang: 'fr',
    dimension1: 'c',
    dimension2: 't',
    dimension3: 'borne',
    dimension5: '1.0.0',
    dimension6: 'fr',
  };
}

/** Resolves with the callback's argument, or 'no callback' after `ms`. */
function bulk(tracker: MatomoTrackerInstance, events: Record<string, string>[], ms = 400) {
  return new Promise<string>((done) => {
    const timer = setTimeout(() => done('no callback'), ms);
    tracker.trackBulk(events, (body) => {
      clearTimeout(timer);
      done(body);
    });
  });
}

describe('matomo-tracker 2.2.4, the reasons the sync has its own sender', () => {
  it('cannot send token_auth in bulk, so an offline backlog older than 24 h is refused', async () => {
    const matomo = await receiver();
    const tracker = new MatomoTracker(TEST_RULES.siteId, matomo.endpoint);
    const answer = await bulk(tracker, [event(60), event(2 * 86_400)]);
    expect(JSON.parse(answer)).toMatchObject({ status: 'success', tracked: 1, invalid: 1 });
    expect(matomo.invalid).toEqual([expect.stringMatching(/requires token/)]);
  });

  it('calls back with any body on an HTTP error: a 500 looks like an answer', async () => {
    const matomo = await receiver('error-500');
    const tracker = new MatomoTracker(TEST_RULES.siteId, matomo.endpoint);
    tracker.on('error', () => {});
    expect(await bulk(tracker, [event(60)])).toBe('{"status":"error"}');
  });

  it('never calls back when the network fails, and has no timeout', async () => {
    const down = await receiver();
    await down.close();
    const refused = new MatomoTracker(TEST_RULES.siteId, down.endpoint);
    const errors: unknown[] = [];
    refused.on('error', (error) => errors.push(error));
    expect(await bulk(refused, [event(60)])).toBe('no callback');
    expect(errors).toEqual([expect.stringMatching(/ECONNREFUSED/)]);

    const hanging = await receiver('hang');
    const stuck = new MatomoTracker(TEST_RULES.siteId, hanging.endpoint);
    stuck.on('error', () => {});
    expect(await bulk(stuck, [event(60)], 800)).toBe('no callback');
  });
});
