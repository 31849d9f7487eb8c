import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deadlineRulesFileSchema,
  type DeadlineRule,
  type ResidentChoice,
} from '../../api/contract/deadline-rules';
import { isoOf, parseIso } from './civil-date';
import { nextDeadline } from './next-deadline';
import { taxZoneOfPostcode } from './yearly-dates';

/**
 * Every expected date below is written out by hand from the official rule (or the
 * published calendar), never computed by the code under test.
 */
const RULES = deadlineRulesFileSchema.parse(
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../../kiosk-config/reminders/deadline-rules.json'),
      'utf8',
    ),
  ),
).rules;

function rule(id: string): DeadlineRule {
  const found = RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** [status, opens, closes, flags…] as plain strings, to compare with hand-written rows. */
function answer(
  ruleOrId: DeadlineRule | string,
  today: string,
  choice: ResidentChoice = {},
  taxZone: 1 | 2 | 3 = 3,
): string {
  const found = nextDeadline(typeof ruleOrId === 'string' ? rule(ruleOrId) : ruleOrId, {
    today: parseIso(today) ?? Number.NaN,
    choice,
    taxZone,
  });
  if (found.status === 'unknown') return `unknown ${found.reason}`;
  const { opens, closes, advisedBy, shiftedFrom, approximate, reminders, paperCloses } =
    found.occurrence;
  return [
    found.status,
    opens === null ? '-' : isoOf(opens),
    isoOf(closes),
    advisedBy === null ? '' : `advised ${isoOf(advisedBy)}`,
    paperCloses === null ? '' : `paper ${isoOf(paperCloses)}`,
    shiftedFrom === null ? '' : `from ${isoOf(shiftedFrom)}`,
    approximate ? '~' : '',
    reminders.map((reminder) => `J-${reminder.daysBefore} ${isoOf(reminder.day)}`).join(' '),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function checkTable(id: string, rows: [string, string][], choice: ResidentChoice = {}): void {
  for (const [today, expected] of rows)
    expect(answer(id, today, choice), `${id} on ${today}`).toBe(expected);
}

describe('France Travail actualisation: opens the 28th (26th in February), closes the 15th', () => {
  it('gives the window over 2026, 2027 and leap 2028', () => {
    checkTable('france-travail-actualisation', [
      ['2026-01-01', 'open 2025-12-28 2026-01-15'],
      ['2026-01-15', 'open 2025-12-28 2026-01-15'],
      ['2026-01-16', 'upcoming 2026-01-28 2026-02-15'],
      ['2026-01-28', 'open 2026-01-28 2026-02-15'],
      ['2026-02-20', 'upcoming 2026-02-26 2026-03-15'],
      ['2026-02-26', 'open 2026-02-26 2026-03-15'],
      ['2026-02-28', 'open 2026-02-26 2026-03-15'],
      ['2026-03-16', 'upcoming 2026-03-28 2026-04-15'],
      ['2026-04-30', 'open 2026-04-28 2026-05-15'],
      ['2026-05-31', 'open 2026-05-28 2026-06-15'],
      ['2026-06-30', 'open 2026-06-28 2026-07-15'],
      // 14 July is a holiday: the online service stays open, the date stands.
      ['2026-07-14', 'open 2026-06-28 2026-07-15'],
      ['2026-08-31', 'open 2026-08-28 2026-09-15'],
      ['2026-09-30', 'open 2026-09-28 2026-10-15'],
      ['2026-10-31', 'open 2026-10-28 2026-11-15'],
      ['2026-11-25', 'upcoming 2026-11-28 2026-12-15'],
      ['2026-12-31', 'open 2026-12-28 2027-01-15'],
      ['2027-01-27', 'upcoming 2027-01-28 2027-02-15'],
      ['2027-02-25', 'upcoming 2027-02-26 2027-03-15'],
      ['2027-02-28', 'open 2027-02-26 2027-03-15'],
      ['2027-03-15', 'open 2027-02-26 2027-03-15'],
      ['2027-06-16', 'upcoming 2027-06-28 2027-07-15'],
      ['2027-12-16', 'upcoming 2027-12-28 2028-01-15'],
      ['2028-02-25', 'upcoming 2028-02-26 2028-03-15'],
      ['2028-02-29', 'open 2028-02-26 2028-03-15'],
    ]);
  });
});

describe('CAF quarterly declaration: the resident picks a month of their cycle', () => {
  it('cycle January/April/July/October', () => {
    checkTable(
      'caf-declaration-trimestrielle',
      [
        ['2026-01-10', 'open 2026-01-01 2026-01-31 advised 2026-01-25'],
        ['2026-02-01', 'upcoming 2026-04-01 2026-04-30 advised 2026-04-25'],
        ['2026-04-30', 'open 2026-04-01 2026-04-30 advised 2026-04-25'],
        ['2026-05-01', 'upcoming 2026-07-01 2026-07-31 advised 2026-07-25'],
        ['2026-11-25', 'upcoming 2027-01-01 2027-01-31 advised 2027-01-25'],
      ],
      { cycleMonth: 1 },
    );
  });

  it('cycle February/May/August/November, with February month ends', () => {
    checkTable(
      'caf-declaration-trimestrielle',
      [
        ['2027-01-15', 'upcoming 2027-02-01 2027-02-28 advised 2027-02-25'],
        ['2027-12-01', 'upcoming 2028-02-01 2028-02-29 advised 2028-02-25'],
        ['2028-02-29', 'open 2028-02-01 2028-02-29 advised 2028-02-25'],
      ],
      { cycleMonth: 11 },
    );
  });

  it('cycle March/June/September/December: after the 25th the month is still open', () => {
    checkTable(
      'caf-declaration-trimestrielle',
      [
        ['2026-12-26', 'open 2026-12-01 2026-12-31 advised 2026-12-25'],
        ['2027-01-01', 'upcoming 2027-03-01 2027-03-31 advised 2027-03-25'],
      ],
      { cycleMonth: 6 },
    );
  });

  it('asks for the month rather than guessing', () => {
    expect(answer('caf-declaration-trimestrielle', '2026-03-01')).toBe('unknown needs-choice');
  });
});

describe('CAF payment on the 5th: Saturday → Friday before, Sunday or holiday → next working day', () => {
  it('matches the calendars published by the Cnaf for 2025 and 2026', () => {
    const published = [
      ['2025-01-01', '2025-01-06'],
      ['2025-02-01', '2025-02-05'],
      ['2025-03-01', '2025-03-05'],
      ['2025-04-01', '2025-04-04'],
      ['2025-05-01', '2025-05-05'],
      ['2025-06-01', '2025-06-05'],
      ['2025-07-01', '2025-07-04'],
      ['2025-08-01', '2025-08-05'],
      ['2025-09-01', '2025-09-05'],
      ['2025-10-01', '2025-10-06'],
      ['2025-11-01', '2025-11-05'],
      ['2025-12-01', '2025-12-05'],
      ['2026-01-01', '2026-01-05'],
      ['2026-02-01', '2026-02-05'],
      ['2026-03-01', '2026-03-05'],
      ['2026-04-01', '2026-04-07'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-01', '2026-06-05'],
      ['2026-07-01', '2026-07-06'],
      ['2026-08-01', '2026-08-05'],
      ['2026-09-01', '2026-09-04'],
      ['2026-10-01', '2026-10-05'],
      ['2026-11-01', '2026-11-05'],
      ['2026-12-01', '2026-12-04'],
    ];
    for (const [today, paid] of published) {
      expect(answer('caf-versement', today ?? '').split(' ')[2], today).toBe(paid);
    }
  });

  it('gives 2027 from the rule (weekdays checked by hand)', () => {
    checkTable('caf-versement', [
      ['2027-01-01', 'upcoming - 2027-01-05'],
      ['2027-06-01', 'upcoming - 2027-06-04 from 2027-06-05'],
      ['2027-09-01', 'upcoming - 2027-09-06 from 2027-09-05'],
      ['2027-12-01', 'upcoming - 2027-12-06 from 2027-12-05'],
      // Paid on Friday the 4th: from the 5th the next payment is January's.
      ['2027-06-05', 'upcoming - 2027-07-05'],
      ['2026-12-05', 'upcoming - 2027-01-05'],
    ]);
  });
});

describe('Income tax: published dates by year and zone, defaults as estimates', () => {
  it('uses the published 2025 and 2026 dates for each zone', () => {
    expect(answer('impot-revenu-declaration', '2026-03-01', {}, 3)).toBe(
      'upcoming 2026-04-09 2026-06-04 paper 2026-05-18',
    );
    expect(answer('impot-revenu-declaration', '2026-03-01', {}, 2)).toBe(
      'upcoming 2026-04-09 2026-05-28 paper 2026-05-18',
    );
    expect(answer('impot-revenu-declaration', '2026-04-20', {}, 1)).toBe(
      'open 2026-04-09 2026-05-21 paper 2026-05-18',
    );
    expect(answer('impot-revenu-declaration', '2025-06-05', {}, 3)).toBe(
      'open 2025-04-10 2025-06-05 paper 2025-05-20',
    );
    expect(answer('impot-revenu-declaration', '2025-05-23', {}, 1)).toBe(
      'upcoming 2026-04-09 2026-05-21 paper 2026-05-18',
    );
  });

  it('estimates unpublished years: 2nd Thursday of April, 4 June for zone 3 (a Sunday in 2028)', () => {
    expect(answer('impot-revenu-declaration', '2026-06-05', {}, 3)).toBe(
      'upcoming 2027-04-08 2027-06-04 paper 2027-05-18 ~',
    );
    expect(answer('impot-revenu-declaration', '2027-12-01', {}, 3)).toBe(
      'upcoming 2028-04-13 2028-06-04 paper 2028-05-18 ~',
    );
    expect(answer('impot-revenu-declaration', '2027-12-01', {}, 1)).toBe(
      'upcoming 2028-04-13 2028-05-21 paper 2028-05-18 ~',
    );
  });

  it('finds the zone from the postcode (Nord is zone 3)', () => {
    const zones: [string, number][] = [
      ['59000', 3],
      ['59100', 3],
      ['13001', 1],
      ['01000', 1],
      ['19100', 1],
      ['20000', 2],
      ['33000', 2],
      ['54000', 2],
      ['55000', 3],
      ['75001', 3],
      ['97400', 3],
    ];
    for (const [postcode, zone] of zones) expect(taxZoneOfPostcode(postcode), postcode).toBe(zone);
  });
});

describe('yearly rules', () => {
  it('ARS: 19 August 2025 as published, then the 3rd Tuesday of August, off the 15 August holiday', () => {
    checkTable('ars-versement', [
      ['2025-08-01', 'upcoming - 2025-08-19'],
      ['2026-05-01', 'upcoming - 2026-08-18 ~'],
      ['2027-01-10', 'upcoming - 2027-08-17 ~'],
      ['2028-08-01', 'upcoming - 2028-08-16 from 2028-08-15 ~'],
    ]);
  });

  it('school grant: until the 3rd Thursday of October', () => {
    checkTable('bourse-college-lycee', [
      ['2025-10-16', 'open 2025-09-01 2025-10-16'],
      ['2025-10-17', 'upcoming 2026-09-01 2026-10-15 ~'],
      ['2026-09-10', 'open 2026-09-01 2026-10-15 ~'],
      ['2027-06-30', 'upcoming 2027-09-01 2027-10-21 ~'],
      ['2028-10-01', 'open 2028-09-01 2028-10-19 ~'],
    ]);
  });

  it('winter truce: 1 November to 31 March, across the year end', () => {
    checkTable('treve-hivernale', [
      ['2026-03-31', 'open 2025-11-01 2026-03-31'],
      ['2026-04-01', 'upcoming 2026-11-01 2027-03-31'],
      ['2026-12-25', 'open 2026-11-01 2027-03-31'],
      ['2028-02-29', 'open 2027-11-01 2028-03-31'],
    ]);
  });

  it('APL recalculation in January, April, July, October', () => {
    checkTable('apl-recalcul', [
      ['2026-01-01', 'upcoming - 2026-01-01'],
      ['2026-01-02', 'upcoming - 2026-04-01'],
      ['2026-10-02', 'upcoming - 2027-01-01'],
      ['2027-07-01', 'upcoming - 2027-07-01'],
    ]);
  });

  it('chèque énergie: the published campaigns, then "not announced yet"', () => {
    checkTable('cheque-energie', [
      ['2026-01-10', 'open 2025-10-15 2026-02-28'],
      ['2026-03-01', 'upcoming 2026-04-01 2026-12-31'],
      ['2026-12-31', 'open 2026-04-01 2026-12-31'],
      ['2027-01-01', 'unknown not-announced'],
    ]);
  });
});

describe("rules from the resident's own date (never stored)", () => {
  it('social housing: renew before the anniversary, reminders at J-45 and J-15', () => {
    checkTable(
      'logement-social-renouvellement',
      [['2026-12-20', 'upcoming - 2027-01-10 J-45 2026-11-26 J-15 2026-12-26']],
      { anniversary: { month: 1, day: 10 } },
    );
    checkTable(
      'logement-social-renouvellement',
      [
        ['2026-03-01', 'upcoming - 2027-02-28 J-45 2027-01-14 J-15 2027-02-13'],
        ['2027-03-01', 'upcoming - 2028-02-29 J-45 2028-01-15 J-15 2028-02-14'],
      ],
      { anniversary: { month: 2, day: 29 } },
    );
    expect(
      answer('logement-social-renouvellement', '2026-03-01', {
        anniversary: { month: 2, day: 30 },
      }),
    ).toBe('unknown needs-choice');
  });

  it('C2S: opens two months before the end of the right', () => {
    checkTable('c2s-renouvellement', [['2026-04-15', 'open 2026-03-31 2026-05-31']], {
      anniversary: { month: 5, day: 31 },
    });
    checkTable(
      'c2s-renouvellement',
      [
        ['2026-02-20', 'upcoming 2026-02-28 2026-04-30'],
        ['2028-01-05', 'upcoming 2028-02-29 2028-04-30'],
      ],
      { anniversary: { month: 4, day: 30 } },
    );
  });

  it('Aidants Connect mandate: 1, 182 or 365 days after its creation', () => {
    expect(
      answer('aidants-connect-mandat', '2026-02-01', {
        startDate: '2026-01-31',
        durationDays: 182,
      }),
    ).toBe('open 2026-01-31 2026-08-01');
    expect(
      answer('aidants-connect-mandat', '2027-03-02', {
        startDate: '2027-03-01',
        durationDays: 365,
      }),
    ).toBe('open 2027-03-01 2028-02-29');
    expect(
      answer('aidants-connect-mandat', '2026-06-12', { startDate: '2026-06-10', durationDays: 1 }),
    ).toBe('passed 2026-06-10 2026-06-11');
    expect(
      answer('aidants-connect-mandat', '2026-06-12', { startDate: '2026-06-10', durationDays: 30 }),
    ).toBe('unknown needs-choice');
  });
});

describe("the centre's own rules skip public holidays when asked", () => {
  const local = (
    schedule: DeadlineRule['schedule'],
    holidays: DeadlineRule['holidays'],
  ): DeadlineRule => ({
    ...rule('apl-recalcul'),
    id: 'permanence',
    schedule,
    holidays,
  });

  it('a weekly permanence', () => {
    const tuesdays = local(
      { kind: 'weekly', weekdays: ['tuesday'], time: { from: '14:00', to: '17:00' } },
      'skip',
    );
    expect(answer(tuesdays, '2026-05-01')).toBe('upcoming - 2026-05-05');
    const mondays = local({ kind: 'weekly', weekdays: ['monday', 'thursday'] }, 'skip');
    // Thursday 2 April, then Monday 6 April is Easter Monday: skipped for Thursday 9.
    expect(answer(mondays, '2026-04-03')).toBe('upcoming - 2026-04-09');
    expect(answer(local({ kind: 'weekly', weekdays: ['monday'] }, 'none'), '2026-04-03')).toBe(
      'upcoming - 2026-04-06',
    );
  });

  it('a monthly workshop on the 2nd Thursday, Ascension skipped', () => {
    const workshop = local({ kind: 'monthly-weekday', weekday: 'thursday', nth: 2 }, 'skip');
    expect(answer(workshop, '2026-05-10')).toBe('upcoming - 2026-06-11');
    expect(answer(workshop, '2026-05-01')).toBe('upcoming - 2026-06-11');
    expect(answer(workshop, '2026-04-01')).toBe('upcoming - 2026-04-09');
    const last = local({ kind: 'monthly-weekday', weekday: 'friday', nth: -1 }, 'none');
    expect(answer(last, '2026-02-28')).toBe('upcoming - 2026-03-27');
  });

  it('given dates, then nothing announced', () => {
    const dates = local({ kind: 'dates', dates: ['2026-12-09', '2026-12-02'] }, 'none');
    expect(answer(dates, '2026-12-01')).toBe('upcoming - 2026-12-02');
    expect(answer(dates, '2026-12-03')).toBe('upcoming - 2026-12-09');
    expect(answer(dates, '2026-12-10')).toBe('unknown not-announced');
  });
});
