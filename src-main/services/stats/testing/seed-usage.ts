import type { UsageEvent } from '../../../api/contract/usage-event';

/** A small deterministic random generator (mulberry32): the same seed, the same borne. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The base catalogue's démarches and themes, the CAF twice as often as the others. */
const DEMARCHES = [
  ['caf-attestation-paiement', 'famille-caf'],
  ['caf-attestation-paiement', 'famille-caf'],
  ['ameli-attestation-droits', 'sante'],
  ['france-travail-actualisation', 'emploi'],
] as const;

/** Share of the usual number of sessions, Monday first: closed on Sunday, busy on Wednesday. */
const WEEKDAY_LOAD = [1, 0.8, 1.3, 1, 0.9, 0.5, 0];

export interface SeedTarget {
  record(event: UsageEvent, sessionId: string | null): unknown;
  clock: { now: number };
}

export interface SeedSummary {
  sessions: number;
  events: number;
  demarches: Record<string, number>;
  printedPages: number;
}

/**
 * Records about `sessionsPerDay` resident sessions a day (fewer on Saturday, none on
 * Sunday) on each of `days` days from `firstDayMs` (9 h–18 h local), as a busy borne would: theme, démarche, help sheet and
 * its steps, a print, a search, sometimes Arabic or English, the optional questions.
 * About 12 events per session.
 */
export function seedUsage(
  target: SeedTarget,
  options: {
    firstDayMs: number;
    days: number;
    sessionsPerDay: number;
    seed?: number;
    /** Exactly `sessionsPerDay` every day, Sunday included (for tests that count). */
    steady?: boolean;
  },
): SeedSummary {
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const summary: SeedSummary = { sessions: 0, events: 0, demarches: {}, printedPages: 0 };
  const record = (event: UsageEvent, session: string | null, stepMs: number) => {
    target.clock.now += stepMs;
    target.record(event, session);
    summary.events += 1;
  };
  for (let day = 0; day < options.days; day += 1) {
    const opening = new Date(options.firstDayMs + day * 86_400_000);
    opening.setHours(9, 0, 0, 0);
    const load = WEEKDAY_LOAD[(opening.getDay() + 6) % 7] ?? 1;
    const sessions = options.steady
      ? options.sessionsPerDay
      : Math.round(options.sessionsPerDay * load * (0.8 + random() * 0.4));
    const gap = Math.round((9 * 3_600_000) / Math.max(1, sessions));
    for (let index = 0; index < sessions; index += 1) {
      target.clock.now = opening.getTime() + index * gap;
      const session = `seed-${day}-${index}`;
      const [demarcheId, themeId] = pick(DEMARCHES);
      const started = target.clock.now;
      record({ type: 'session.start' }, session, 0);
      if (random() < 0.25)
        record({ type: 'language', language: pick(['ar', 'en']) }, session, 5_000);
      if (random() < 0.2) {
        record(
          {
            type: 'question',
            question: 'age-bracket',
            answer: pick(['18-25', '26-60', '60-plus']),
          },
          session,
          5_000,
        );
        record(
          { type: 'question', question: 'first-visit', answer: pick(['yes', 'no']) },
          session,
          5_000,
        );
      }
      record({ type: 'theme.open', themeId }, session, 10_000);
      record(
        { type: 'demarche.open', demarcheId, via: pick(['theme', 'search', 'top']) },
        session,
        10_000,
      );
      summary.demarches[demarcheId] = (summary.demarches[demarcheId] ?? 0) + 1;
      record({ type: 'search', found: random() < 0.8 }, session, 5_000);
      record({ type: 'site.open', demarcheId }, session, 5_000);
      record({ type: 'sheet.open', sheetId: demarcheId }, session, 20_000);
      const steps = 1 + Math.floor(random() * 4);
      for (let step = 1; step <= steps; step += 1) {
        record({ type: 'sheet.step', sheetId: demarcheId, step }, session, 40_000);
      }
      const pages = 1 + Math.floor(random() * 3);
      record(
        { type: 'print', kind: pick(['page', 'pdf']), pages, outcome: 'printed' },
        session,
        60_000,
      );
      summary.printedPages += pages;
      const span = target.clock.now - started + Math.floor(random() * 600_000);
      target.clock.now = started + span;
      record(
        {
          type: 'session.end',
          durationSeconds: Math.round(span / 1000),
          reason: random() < 0.7 ? 'finished' : 'idle',
        },
        session,
        0,
      );
      summary.sessions += 1;
    }
  }
  return summary;
}
