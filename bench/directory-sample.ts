import { HELP_NEEDS, STRUCTURE_KINDS, type Structure } from '../src-main/api/contract/directory';

/**
 * A large, realistic directory for the benchmark: names, towns, streets and descriptions
 * of the Lille metropolis, drawn by a seeded generator so every run searches the same list.
 */
const PLACES = [
  'Wazemmes',
  'Moulins',
  'Fives',
  'Lille Sud',
  'Faubourg de Béthune',
  'Bois-Blancs',
  'Vauban',
  'Saint-Maurice',
  'Hellemmes',
  'Lomme',
  'Épeule',
  'Pile',
  'Alma',
  'Trois Ponts',
  'Hommelet',
  'Cul-de-Four',
  'Bourgogne',
  'Belencontre',
  'Virolois',
  'Blanc Seau',
  'Orions',
  'Phalempins',
];
const CITIES = [
  'Lille',
  'Roubaix',
  'Tourcoing',
  'Villeneuve-d’Ascq',
  'Wattrelos',
  'Croix',
  'Hem',
  'Lys-lez-Lannoy',
  'Mons-en-Barœul',
  'Faches-Thumesnil',
  'Loos',
  'Haubourdin',
  'Marcq-en-Barœul',
  'Halluin',
];
const STREETS = [
  'rue de Lannoy',
  'rue Pierre Legrand',
  'boulevard de Metz',
  'rue d’Arras',
  'rue Gambetta',
  'avenue Jean Lebas',
  'rue de Lille',
  'rue Nationale',
  'place de la République',
  'rue du Molinel',
  'rue Jules Guesde',
  'rue Émile Zola',
  'boulevard Gambetta',
  'rue de la Gare',
  'rue Victor Hugo',
];
const DESCRIPTIONS = [
  'Aide pour les démarches en ligne avec un agent formé.',
  'Ateliers pour apprendre l’ordinateur, le téléphone et les e-mails.',
  'Téléphones et recharges internet solidaires, sur orientation.',
  'Écrivain public : courriers, formulaires, lettres administratives.',
  'Aide sociale, domiciliation, impayés d’énergie, aide alimentaire.',
  'Informations juridiques gratuites : logement, famille, dettes.',
  'État civil, cartes d’identité et passeports sur rendez-vous.',
  'Épicerie solidaire et accompagnement budget des familles.',
  'Permanence CAF et Assurance maladie : carte Vitale, APL, RSA.',
  'Accès libre aux ordinateurs, impression et scan de documents.',
];

export function generateStructures(count: number): Structure[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  return Array.from({ length: count }, (_, index) => {
    const kind = pick(STRUCTURE_KINDS);
    return {
      id: `s-${index}`,
      name: `${kind === 'association' ? 'Association' : kind.replace(/-/g, ' ')} ${pick(PLACES)} ${index}`,
      kind,
      needs: [pick(HELP_NEEDS), pick(HELP_NEEDS)].filter(
        (need, position, all) => all.indexOf(need) === position,
      ),
      description: pick(DESCRIPTIONS),
      street: `${1 + (index % 120)} ${pick(STREETS)}`,
      postcode: '59000',
      city: pick(CITIES),
      hours: 'Lun-ven 9h-12h',
      accessibility: [],
      languages: random() < 0.3 ? ['arabe'] : [],
      demo: false,
    };
  });
}
