import {
  ACCESSIBILITY_TAGS,
  APPOINTMENT_MODES,
  HELP_NEEDS,
  STRUCTURE_KINDS,
} from '../../api/contract/directory';
import { normalizeText } from '../../policy/search/normalize';

/**
 * The directory's CSV columns (French, as the territory's spreadsheet has them), the
 * field each fills, and the spellings people use for headers and values.
 */
export const CSV_COLUMNS = [
  'identifiant',
  'nom',
  'type',
  'besoins',
  'description',
  'adresse',
  'code_postal',
  'ville',
  'horaires',
  'telephone',
  'courriel',
  'site',
  'accessibilite',
  'langues',
  'rendez_vous',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'nom',
  'type',
  'besoins',
  'adresse',
  'code_postal',
  'ville',
];

/** Structure field → CSV column, to name the column at fault in a row's problems. */
export const COLUMN_OF_FIELD: Readonly<Record<string, CsvColumn>> = {
  id: 'identifiant',
  name: 'nom',
  kind: 'type',
  needs: 'besoins',
  description: 'description',
  street: 'adresse',
  postcode: 'code_postal',
  city: 'ville',
  hours: 'horaires',
  phone: 'telephone',
  email: 'courriel',
  website: 'site',
  accessibility: 'accessibilite',
  languages: 'langues',
  appointment: 'rendez_vous',
};

const HEADER_ALIASES: Readonly<Record<string, CsvColumn>> = {
  id: 'identifiant',
  nom_de_la_structure: 'nom',
  structure: 'nom',
  categorie: 'type',
  besoin: 'besoins',
  adresse_postale: 'adresse',
  rue: 'adresse',
  cp: 'code_postal',
  commune: 'ville',
  horaire: 'horaires',
  tel: 'telephone',
  telephone_fixe: 'telephone',
  email: 'courriel',
  e_mail: 'courriel',
  mail: 'courriel',
  site_web: 'site',
  site_internet: 'site',
  web: 'site',
  accessibilite_pmr: 'accessibilite',
  langue: 'langues',
  rdv: 'rendez_vous',
  rendez_vous_: 'rendez_vous',
};

/** "Code postal", "CODE_POSTAL", "code-postal" → code_postal; null for a column we do not know. */
export function columnOfHeader(header: string): CsvColumn | null {
  const key = normalizeText(header).replace(/ /g, '_');
  if ((CSV_COLUMNS as readonly string[]).includes(key)) return key as CsvColumn;
  return HEADER_ALIASES[key] ?? null;
}

/** "France Services" → "france-services". */
export function slugOf(text: string): string {
  return normalizeText(text).replace(/ /g, '-').slice(0, 64).replace(/-+$/, '');
}

const KIND_ALIASES: Readonly<Record<string, string>> = {
  'mairie-annexe': 'mairie',
  mediation: 'mediation-numerique',
  'espace-numerique': 'mediation-numerique',
  'conseiller-numerique': 'mediation-numerique',
  caf: 'caf-cpam',
  cpam: 'caf-cpam',
  emmaus: 'emmaus-connect',
  asso: 'association',
  'maison-france-services': 'france-services',
};

const NEED_ALIASES: Readonly<Record<string, string>> = {
  administratif: 'papiers',
  identite: 'papiers',
  'titres-de-sejour': 'papiers',
  ecrivain: 'ecrivain-public',
  internet: 'numerique',
  informatique: 'numerique',
  ordinateur: 'materiel',
  telephone: 'materiel',
  equipement: 'materiel',
  droit: 'juridique',
  justice: 'juridique',
  'france-travail': 'emploi',
  'pole-emploi': 'emploi',
  ameli: 'sante',
  cpam: 'sante',
  parentalite: 'famille',
};

const ACCESS_ALIASES: Readonly<Record<string, string>> = {
  pmr: 'fauteuil',
  'fauteuil-roulant': 'fauteuil',
  'boucle-auditive': 'boucle-magnetique',
  'langue-des-signes': 'lsf',
  'facile-a-lire': 'falc',
};

const APPOINTMENT_ALIASES: Readonly<Record<string, string>> = {
  oui: 'sur-rdv',
  'sur-rendez-vous': 'sur-rdv',
  non: 'sans-rdv',
  libre: 'sans-rdv',
  'sans-rendez-vous': 'sans-rdv',
  'accueil-libre': 'sans-rdv',
  mixte: 'les-deux',
};

function canonical(
  value: string,
  known: readonly string[],
  aliases: Readonly<Record<string, string>>,
): string {
  const slug = slugOf(value);
  if (known.includes(slug)) return slug;
  return aliases[slug] ?? slug;
}

export const canonicalKind = (value: string) => canonical(value, STRUCTURE_KINDS, KIND_ALIASES);
export const canonicalNeed = (value: string) => canonical(value, HELP_NEEDS, NEED_ALIASES);
export const canonicalAccess = (value: string) =>
  canonical(value, ACCESSIBILITY_TAGS, ACCESS_ALIASES);
export const canonicalAppointment = (value: string) =>
  canonical(value, APPOINTMENT_MODES, APPOINTMENT_ALIASES);

/** A list cell: "papiers, caf | emploi" → ["papiers", "caf", "emploi"]. */
export function listCell(value: string): string[] {
  return value
    .split(/[,|/]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * A phone as Excel leaves it: "320123456" lost its leading zero when the column was
 * taken for a number; "0320123456" is printed in pairs.
 */
export function tidyPhone(value: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  const full = /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : digits;
  return /^0\d{9}$/.test(full) ? full.replace(/(\d{2})(?=\d)/g, '$1 ') : value.trim();
}
