import { afterAll, describe, expect, it } from 'vitest';
import { createTestBorne } from '../../test-support/test-services';
import { testEventLog } from '../stats/testing/stats-fixture';
import { MostUsedDemarches } from './most-used';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20);

describe('most used démarches', () => {
  const borne = createTestBorne();
  afterAll(() => borne.services.close());
  const clock = { now: NOW };
  const events = testEventLog(borne.services.db, clock);
  const log = (atMs: number) => {
    clock.now = atMs;
    return events;
  };
  const open = (demarcheId: string, session: string, atMs = NOW - DAY) =>
    log(atMs).record({ type: 'demarche.open', demarcheId, via: 'theme' }, session);

  it('counts sessions, not clicks, over a recent window, and hides rare ones', () => {
    for (let index = 0; index < 6; index += 1) open('caf-attestation-paiement', `s${index}`);
    for (let index = 0; index < 5; index += 1) open('ameli-attestation-droits', `t${index}`);
    // One resident opening a démarche ten times must not make it "most used"…
    for (let index = 0; index < 10; index += 1) open('titre-sejour', 'lonely');
    // …nor old visits, nor events outside a session, nor other event types.
    for (let index = 0; index < 9; index += 1) {
      open('impots-declaration-revenus', `old${index}`, NOW - 120 * DAY);
      log(NOW).record({ type: 'theme.open', themeId: 'sante' }, `x${index}`);
      log(NOW).record({ type: 'demarche.open', demarcheId: 'casier-judiciaire', via: 'top' }, null);
    }
    const mostUsed = new MostUsedDemarches(borne.services.db, { now: () => NOW });
    expect(mostUsed.list(6, () => true)).toEqual([
      'caf-attestation-paiement',
      'ameli-attestation-droits',
    ]);
    expect(mostUsed.list(1, () => true)).toEqual(['caf-attestation-paiement']);
    expect(mostUsed.list(6, (id) => id !== 'caf-attestation-paiement')).toEqual([
      'ameli-attestation-droits',
    ]);
  });

  it('keeps its answer until invalidated, then reads the table again', () => {
    const mostUsed = new MostUsedDemarches(borne.services.db, { now: () => NOW });
    expect(mostUsed.list(6, () => true)).toHaveLength(2);
    for (let index = 0; index < 7; index += 1) open('france-travail-actualisation', `u${index}`);
    expect(mostUsed.list(6, () => true)).toHaveLength(2);
    mostUsed.invalidate();
    expect(mostUsed.list(6, () => true)[0]).toBe('france-travail-actualisation');
  });
});
