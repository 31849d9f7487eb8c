import { describe, expect, it } from 'vitest';
import { EventLog } from './event-log';
import { openTestDatabase, TEST_CONTEXT, testEventLog } from './testing/stats-fixture';

describe('EventLog', () => {
  it('appends each event with its local id, time, session, language and context', () => {
    const { db } = openTestDatabase();
    const clock = { now: Date.UTC(2026, 10, 2, 9, 0) };
    const log = testEventLog(db, clock);

    const first = log.record({ type: 'session.start' }, 'resident-a');
    clock.now += 1000;
    log.record({ type: 'language', language: 'ar' }, 'resident-a');
    clock.now += 1000;
    const opened = log.record(
      { type: 'demarche.open', demarcheId: 'caf-attestation-paiement', via: 'theme' },
      'resident-a',
    );
    log.record({ type: 'incident', code: 'printer-jam' }, null);

    expect(opened).toBeGreaterThan(first);
    const rows = db
      .prepare(
        'SELECT id, at_ms, session_id, type, data, lang, ctx, sync FROM usage_events ORDER BY id',
      )
      .all() as Record<string, unknown>[];
    expect(rows.map((row) => [row.type, row.lang])).toEqual([
      ['session.start', 'fr'],
      ['language', 'ar'],
      ['demarche.open', 'ar'],
      ['incident', null],
    ]);
    // The portal reads demarche.open rows: data is the event without its type.
    expect(JSON.parse(rows[2]?.data as string)).toEqual({
      demarcheId: 'caf-attestation-paiement',
      via: 'theme',
    });
    expect(rows[2]?.at_ms).toBe(Date.UTC(2026, 10, 2, 9, 0, 2));
    expect(rows[0]?.session_id).toBe(rows[2]?.session_id);
    expect(rows[3]?.session_id).toBeNull();
    expect(rows.every((row) => row.sync === 0)).toBe(true);
    // The resident session's own id is not stored: only a random 16-hex visitor id.
    expect(db.prepare('SELECT cid FROM usage_sessions').pluck().all()).toEqual([
      expect.stringMatching(/^[0-9a-f]{16}$/),
    ]);
    expect(JSON.stringify(db.prepare('SELECT * FROM usage_events').all())).not.toContain(
      'resident-a',
    );
    expect(db.prepare('SELECT * FROM usage_contexts').all()).toEqual([
      {
        id: 1,
        centre: TEST_CONTEXT.centre,
        territory: TEST_CONTEXT.territory,
        profile: 'borne',
        place: '',
        app_version: '0.0.0-test',
      },
    ]);
  });

  it('gives each resident session its own visitor id and forgets it at the end', () => {
    const { db } = openTestDatabase();
    const clock = { now: Date.UTC(2026, 10, 2, 9, 0) };
    const log = testEventLog(db, clock);
    log.record({ type: 'session.start' }, 'a');
    log.record({ type: 'session.end', durationSeconds: 60, reason: 'finished' }, 'a');
    log.record({ type: 'session.start' }, 'b');
    expect(log.openSessionCount).toBe(1);
    const cids = db.prepare('SELECT cid FROM usage_sessions').pluck().all();
    expect(new Set(cids).size).toBe(2);
  });

  it('tags events with the context in force when they happen', () => {
    const { db } = openTestDatabase();
    const clock = { now: Date.UTC(2026, 10, 2, 9, 0) };
    let context = { ...TEST_CONTEXT, profile: 'nomade' as const, place: 'Marché de Wazemmes' };
    const log = new EventLog(db, {
      now: () => clock.now,
      context: () => context,
      defaultLanguage: () => 'fr',
    });
    log.record({ type: 'session.start' }, 'a');
    context = { ...context, place: 'Fête de quartier' };
    log.record({ type: 'session.start' }, 'b');
    log.record({ type: 'session.start' }, 'c');
    expect(
      db
        .prepare(
          'SELECT c.place FROM usage_events e JOIN usage_contexts c ON c.id = e.ctx ORDER BY e.id',
        )
        .pluck()
        .all(),
    ).toEqual(['Marché de Wazemmes', 'Fête de quartier', 'Fête de quartier']);
  });
});
