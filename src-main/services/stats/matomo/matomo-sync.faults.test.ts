import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../../api/contract/usage-event';
import {
  MatomoReceiver,
  type ReceiverFault,
  type TrackedRequest,
} from '../testing/matomo-receiver';
import { seededRandom } from '../testing/seed-usage';
import { openTestDatabase, TEST_RULES, testEventLog, testSync } from '../testing/stats-fixture';

const SESSIONS = 100;
const EVENTS_PER_SESSION = 100;
const DOWN_STRETCHES = 4;

/** One bulk request in four goes wrong, in every way a network and a server can. */
function faultPlan(seed: number): (bulk: number) => ReceiverFault {
  const random = seededRandom(seed);
  const faults: [number, ReceiverFault][] = [
    [0.08, 'error-500'],
    [0.05, 'hang'],
    [0.04, 'hang-after-tracking'],
    [0.05, 'reset'],
    [0.04, 'reset-after-tracking'],
  ];
  return () => {
    let draw = random();
    for (const [share, fault] of faults) {
      if (draw < share) return fault;
      draw -= share;
    }
    return 'ok';
  };
}

/** Session k: its start, 98 ticked help-sheet steps (numbered, so each is unique), its end. */
function recordSessions(record: (event: UsageEvent, session: string) => void) {
  for (let session = 0; session < SESSIONS; session += 1) {
    const id = `s${session}`;
    record({ type: 'session.start' }, id);
    for (let step = 1; step <= EVENTS_PER_SESSION - 2; step += 1) {
      record({ type: 'sheet.step', sheetId: `fiche-${session}`, step }, id);
    }
    record({ type: 'session.end', durationSeconds: 600, reason: 'finished' }, id);
  }
}

const keyOf = (request: TrackedRequest) =>
  `${request.params.get('e_a')}/${request.params.get('e_n') ?? ''}/${request.params.get('e_v') ?? ''}`;

describe('Matomo sync under faults', () => {
  it('delivers 10,000 events through 500s, hangs, resets and outages, in order, duplicating only lost answers', async () => {
    const receiver = await MatomoReceiver.start({ ...TEST_RULES, fault: faultPlan(2026) });
    const { db } = openTestDatabase();
    const clock = { now: Date.now() - 6 * 3_600_000 };
    const log = testEventLog(db, clock);
    recordSessions((event, session) => {
      clock.now += 100;
      log.record(event, session);
    });
    const sync = testSync(db, receiver.endpoint, { timeoutMs: 250 });
    const started = Date.now();
    sync.start();
    let downs = 0;
    while ((await sync.snapshot()).pending > 0) {
      expect(Date.now() - started, 'the fault run must end well under a minute').toBeLessThan(
        40_000,
      );
      if (downs < DOWN_STRETCHES && receiver.bulkRequests > (downs + 1) * 25) {
        downs += 1;
        await receiver.goDown(150 + downs * 50);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    await sync.stop();
    await receiver.close();

    expect(receiver.violations).toEqual([]);
    const bySession = new Map<string, TrackedRequest[]>();
    for (const request of receiver.tracked) {
      const cid = request.params.get('cid') ?? '';
      bySession.set(cid, [...(bySession.get(cid) ?? []), request]);
    }
    expect(bySession.size).toBe(SESSIONS);
    let duplicates = 0;
    for (const requests of bySession.values()) {
      // Walk the session's requests as received: each is the next expected one, or a
      // repeat of one already seen (a batch re-sent after a lost answer). Nothing else.
      const sheet = requests.find((request) => request.params.get('e_c') === 'sheet');
      const expected = [
        'start//',
        ...Array.from(
          { length: EVENTS_PER_SESSION - 2 },
          (_, index) => `${sheet?.params.get('e_a')}/step/${index + 1}`,
        ),
        'end/finished/600',
      ];
      const seen = new Set<string>();
      let next = 0;
      for (const request of requests) {
        const key = keyOf(request);
        if (key === expected[next]) {
          seen.add(key);
          next += 1;
        } else {
          expect(seen.has(key), `out of order: ${key} while waiting for ${expected[next]}`).toBe(
            true,
          );
          duplicates += 1;
        }
      }
      expect(next).toBe(EVENTS_PER_SESSION);
    }
    const report = {
      events: SESSIONS * EVENTS_PER_SESSION,
      bulkRequests: receiver.bulkRequests,
      faultsInjected: receiver.faultsInjected,
      outages: downs,
      lostAnswers: receiver.lostAnswers,
      duplicates,
      seconds: (Date.now() - started) / 1000,
    };
    console.log(`fault run: ${JSON.stringify(report)}`);
    expect(downs).toBe(DOWN_STRETCHES);
    expect(receiver.faultsInjected).toBeGreaterThan(20);
    expect(duplicates).toBeLessThanOrEqual(receiver.lostAnswers * 100);
    expect(receiver.tracked).toHaveLength(SESSIONS * EVENTS_PER_SESSION + duplicates);
  }, 60_000);
});
