import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  OrientationSlipContent,
  ReminderTicketContent,
} from '../../api/contract/print-content';
import { dayOf } from '../../policy/deadlines/civil-date';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';
import { PenseBete } from '../reminders/pense-bete';

/** The tools over the real services: a real SQLite file, the shipped kiosk-config data. */
describe('tool services', () => {
  let borne: TestBorne;
  beforeEach(() => {
    borne = createTestBorne();
  });
  afterEach(() => borne.services.close());

  it('builds the France Travail ticket and hands it to the print port', async () => {
    const printed: (ReminderTicketContent | OrientationSlipContent)[] = [];
    const tools = borne.services.tools;
    tools.print = {
      printReminderTicket: (ticket) => (
        printed.push(ticket),
        Promise.resolve({ outcome: 'printed' })
      ),
      printOrientationSlip: (slip) => (printed.push(slip), Promise.resolve({ outcome: 'printed' })),
    };
    const penseBete = new PenseBete({
      rules: tools.reminderRules,
      desk: () => ({
        name: 'Centre social Les Marronniers',
        street: '12 rue des Marronniers',
        postcode: '59000',
        city: 'Lille',
        phone: '03 20 00 00 00',
        helpText: "Demandez à l'accueil.",
      }),
      print: () => tools.print,
      today: () => dayOf(2026, 3, 20),
    });
    expect(await penseBete.printTicket('france-travail-actualisation', {}, 'fr')).toEqual({
      outcome: 'printed',
    });
    expect(printed[0]).toEqual({
      kind: 'reminder-ticket',
      language: 'fr',
      direction: 'ltr',
      heading: 'Mon pense-bête',
      demarche: "M'actualiser à France Travail",
      deadline: {
        text: 'Du samedi 28 mars 2026 au mercredi 15 avril 2026.',
        opens: '2026-03-28',
        closes: '2026-04-15',
        approximate: false,
      },
      details: [],
      bring: {
        heading: 'À préparer',
        lines: [
          'Votre identifiant et votre mot de passe France Travail',
          'Vos heures et vos salaires du mois, si vous avez travaillé',
        ],
      },
      help: {
        heading: "Pour de l'aide",
        lines: [
          'Centre social Les Marronniers',
          '12 rue des Marronniers, 59000 Lille',
          'Téléphone : 03 20 00 00 00',
          "Demandez à l'accueil.",
        ],
      },
      qr: {
        url: 'https://www.francetravail.fr',
        caption: 'Le site officiel : scannez avec votre téléphone.',
      },
      footer: 'Imprimé le vendredi 20 mars 2026. La borne ne garde rien de vous.',
    });
    const arabic = penseBete.ticket('caf-declaration-trimestrielle', { cycleMonth: 3 }, 'ar');
    expect(arabic).toMatchObject({ direction: 'rtl', language: 'ar' });
    expect(arabic.demarche).toContain('CAF');
    expect(arabic.details).toHaveLength(1);
  });

  it('says printing is not wired yet rather than pretending', async () => {
    const outcome = await borne.services.tools.penseBete.printTicket('caf-versement', {}, 'fr');
    expect(outcome).toEqual({ outcome: 'failed', reason: 'printing-not-wired' });
  });

  it('keeps the centre’s own rules, refuses a base id and a national kind', () => {
    const { reminderRules } = borne.services.tools;
    const permanence = {
      id: 'permanence-ecrivain',
      themeId: 'papiers',
      title: { fr: 'Permanence écrivain public' },
      summary: { fr: 'Au centre social, le mardi après-midi.' },
      officialUrl: 'https://www.lille.fr',
      nature: 'event',
      schedule: { kind: 'weekly', weekdays: ['tuesday'], time: { from: '14:00', to: '17:00' } },
      holidays: 'skip',
    };
    reminderRules.saveLocal(permanence);
    expect(reminderRules.find('permanence-ecrivain')?.schedule.kind).toBe('weekly');
    expect(() => reminderRules.saveLocal({ ...permanence, id: 'caf-versement' })).toThrow(
      /base rule/,
    );
    expect(() =>
      reminderRules.saveLocal({
        ...permanence,
        id: 'x',
        schedule: { kind: 'campaigns', windows: [{ opens: '2026-01-01', closes: '2026-02-01' }] },
      }),
    ).toThrow(/invalid local rule/);
    expect(reminderRules.deleteLocal('permanence-ecrivain')).toBe(true);
    expect(reminderRules.find('permanence-ecrivain')).toBeUndefined();
  });

  it('seeds the directory once with demo entries, and finds them despite typos and accents', () => {
    const { directory } = borne.services.tools;
    expect(directory.all().length).toBeGreaterThanOrEqual(12);
    expect(directory.all().every((structure) => structure.demo)).toBe(true);
    const names = (text: string, need?: 'materiel' | 'juridique') =>
      directory
        .search({ text, ...(need ? { need } : {}) })
        .structures.map((structure) => structure.name);
    expect(names('emaus')[0]).toBe('Emmaüs Connect Lille');
    expect(names('france servises roubaix')[0]).toBe('France Services Roubaix Centre');
    expect(names('ECRIVAIN')[0]).toBe('Écrivain public du centre social');
    expect(names('ordinateur', 'materiel')).toEqual(['Emmaüs Connect Lille']);
    expect(names('', 'juridique')).toEqual(['Point-justice de Roubaix']);
    expect(names('xylophone')).toEqual([]);
    expect(directory.search({ text: '', city: 'tourcoing' }).total).toBe(3);
    // Emptied by the referent, it is not seeded again.
    for (const structure of directory.all()) directory.delete(structure.id);
    directory.seedOnce(`${borne.dataDir}/../nonexistent.csv`);
    expect(directory.all()).toEqual([]);
  });

  it('imports a CSV: a broken file changes nothing, merge adds, replace replaces', () => {
    const { directory } = borne.services.tools;
    const before = directory.all().length;
    const bytes = (text: string) => new TextEncoder().encode(text);
    const broken = directory.applyImport(bytes('nom;ville\nX;Lille\n'), 'replace');
    expect(broken.report.fatal).toBe('missing-columns');
    expect(directory.all()).toHaveLength(before);

    const file = bytes(
      'nom;type;besoins;adresse;code_postal;ville\nMaison du quartier;association;numerique;1 rue Neuve;59000;Lille\n',
    );
    expect(directory.previewImport(file, 'merge')).toMatchObject({
      added: 1,
      updated: 0,
      removed: 0,
    });
    expect(directory.previewImport(file, 'replace')).toMatchObject({ added: 1, removed: before });
    directory.applyImport(file, 'merge');
    expect(directory.all()).toHaveLength(before + 1);
    expect(directory.previewImport(file, 'merge')).toMatchObject({ added: 0, unchanged: 1 });
    directory.applyImport(file, 'replace');
    expect(directory.all().map((structure) => structure.name)).toEqual(['Maison du quartier']);
  });

  it('ships a glossary of at least 60 terms in French, English and Arabic, links that resolve', () => {
    const { glossary } = borne.services.tools;
    const terms = glossary.terms();
    expect(terms.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(terms.map((term) => term.id));
    for (const term of terms) {
      for (const field of [term.term, term.definition])
        expect(Object.keys(field).sort()).toEqual(['ar', 'en', 'fr']);
      for (const related of term.related) expect(ids, `${term.id} → ${related}`).toContain(related);
      for (const text of Object.values(term.definition)) {
        for (const [, target] of text.matchAll(/\]\(lexique:([a-z0-9-]+)\)/g))
          expect(ids).toContain(target);
      }
    }
    for (const required of [
      'identifiant',
      'mot-de-passe',
      'franceconnect',
      'piece-jointe',
      'code-de-verification',
    ]) {
      expect(ids).toContain(required);
    }
  });

  it('finds glossary terms by alias, with typos, and in Arabic', () => {
    const { glossary } = borne.services.tools;
    const first = (text: string, language = 'fr') => glossary.search(text, language, 5)[0]?.id;
    expect(first('mdp')).toBe('mot-de-passe');
    expect(first('franse conect')).toBe('franceconnect');
    expect(first('pièce jointe')).toBe('piece-jointe');
    expect(first('piece jointe')).toBe('piece-jointe');
    expect(first('كلمة المرور', 'ar')).toBe('mot-de-passe');
    expect(first('attachment', 'en')).toBe('piece-jointe');
  });

  it('previews and imports a glossary pack, and hides a removed base term', () => {
    const { glossary } = borne.services.tools;
    const pack = glossary.exportPack();
    const changed = pack.terms.map((term) =>
      term.id === 'wifi'
        ? {
            ...term,
            definition: { ...term.definition, fr: 'Internet sans fil, au centre comme chez soi.' },
          }
        : term,
    );
    const added = {
      id: 'imprimante-3d',
      term: { fr: 'Imprimante 3D' },
      definition: { fr: 'Une machine qui fabrique des objets en plastique, couche par couche.' },
      aliases: [],
      related: [],
    };
    const candidate = { ...pack, name: 'Lexique du centre', terms: [...changed, added] };
    const preview = glossary.previewPack(candidate);
    expect(preview).toEqual({
      name: 'Lexique du centre',
      added: [{ id: 'imprimante-3d', term: 'Imprimante 3D' }],
      changed: [{ id: 'wifi', term: 'Wi-Fi', fields: ['definition.fr'] }],
      unchanged: pack.terms.length - 1,
    });
    expect(glossary.get('wifi').definition.fr).not.toContain('chez soi');
    glossary.importPack(candidate);
    expect(glossary.get('wifi').definition.fr).toContain('chez soi');
    expect(glossary.get('imprimante-3d').term.fr).toBe('Imprimante 3D');
    expect(() =>
      glossary.previewPack({
        format: 'borne-glossary-pack',
        formatVersion: 1,
        name: 'X',
        terms: [{ id: 'Bad Id' }],
      }),
    ).toThrow(/not a glossary pack/);
    expect(glossary.remove('captcha')).toBe(true);
    expect(() => glossary.get('captcha')).toThrow(/no glossary term/);
  });

  it('logs accompaniments with no text, totals them by month and quarter, and feeds the statistics', () => {
    const { accompaniments } = borne.services.tools;
    const log = (
      topic: string,
      minutes: number,
      autonomy: 'seul' | 'avec' | 'pour',
      followUp = false,
    ) => accompaniments.record({ topic, minutes, autonomy, followUp });
    log('france-travail-actualisation', 20, 'avec');
    log('famille-caf', 15, 'pour', true);
    log('messagerie', 10, 'seul');
    expect(() => log('mon-voisin-jean', 10, 'seul')).toThrow(/unknown topic/);
    const now = new Date();
    const year = accompaniments.year(now.getFullYear());
    const month = year.months[now.getMonth()]?.totals;
    expect(month).toMatchObject({
      count: 3,
      minutes: 45,
      byAutonomy: { seul: 1, avec: 1, pour: 1 },
      followUps: 1,
    });
    expect(year.quarters[Math.floor(now.getMonth() / 3)]?.totals.count).toBe(3);
    expect(year.total.topics[0]).toEqual({ topic: 'famille-caf', count: 1, minutes: 15 });
    expect(accompaniments.year(now.getFullYear() - 1).total.count).toBe(0);
  });
});
