import type { HelpNeed, Structure, StructureKind } from '../../api/contract/directory';
import { FuzzyIndex, type IndexedField } from '../../policy/search/fuzzy-index';
import { normalizeText } from '../../policy/search/normalize';

/** Words people type for each kind and need, so "mairie", "ordinateur" or "allocations" find them. */
const KIND_WORDS: Readonly<Record<StructureKind, string>> = {
  'france-services': 'France Services maison services publics',
  ccas: "CCAS centre communal d'action sociale aide sociale",
  mairie: 'mairie annexe ville état civil',
  'mediation-numerique': 'médiation numérique espace public numérique conseiller numérique',
  'emmaus-connect': 'Emmaüs Connect téléphone internet solidaire',
  association: 'association',
  'caf-cpam': 'CAF CPAM accueil caisse',
  autre: '',
};

const NEED_WORDS: Readonly<Record<HelpNeed, string>> = {
  papiers: "papiers carte d'identité passeport titre de séjour démarches",
  caf: 'CAF allocations RSA APL prime activité',
  emploi: 'emploi travail France Travail CV',
  impots: 'impôts déclaration revenus',
  sante: 'santé ameli carte vitale CSS mutuelle',
  logement: 'logement HLM loyer',
  energie: 'énergie électricité gaz facture chèque',
  retraite: 'retraite',
  numerique: 'numérique internet ordinateur e-mail atelier',
  materiel: 'matériel ordinateur téléphone recharge internet solidaire',
  juridique: 'juridique droit avocat justice',
  'ecrivain-public': 'écrivain public courrier lettre',
  famille: 'famille enfants parents école',
};

export interface DirectoryFilter {
  need?: HelpNeed | undefined;
  city?: string | undefined;
}

/**
 * The directory's search: accent- and typo-tolerant over name, kind, needs, city and
 * description, filtered by need and city. Rebuilt when the list changes.
 */
export class DirectoryIndex {
  private readonly index: FuzzyIndex;
  private readonly byName: number[];

  constructor(private readonly structures: readonly Structure[]) {
    this.index = new FuzzyIndex(structures.map(fieldsOf));
    this.byName = structures
      .map((_, position) => position)
      .sort((a, b) => (structures[a]?.name ?? '').localeCompare(structures[b]?.name ?? '', 'fr'));
  }

  /** Matching structures, best first (alphabetical without words); and how many in all. */
  search(text: string, filter: DirectoryFilter, offset: number, limit: number) {
    const city = filter.city === undefined ? undefined : normalizeText(filter.city);
    const accept = (position: number) => {
      const structure = this.structures[position];
      if (!structure) return false;
      if (filter.need && !structure.needs.includes(filter.need)) return false;
      return city === undefined || normalizeText(structure.city) === city;
    };
    const hits = this.index.search(text, accept);
    const positions = hits === null ? this.byName.filter(accept) : hits.map((hit) => hit.index);
    return {
      total: positions.length,
      structures: positions
        .slice(offset, offset + limit)
        .flatMap((position) => this.structures[position] ?? []),
    };
  }
}

function fieldsOf(structure: Structure): IndexedField[] {
  return [
    { text: structure.name, weight: 3 },
    { text: KIND_WORDS[structure.kind], weight: 2 },
    { text: structure.needs.map((need) => NEED_WORDS[need]).join(' '), weight: 2 },
    { text: structure.city, weight: 2 },
    { text: structure.description, weight: 1 },
    { text: structure.street, weight: 1 },
    { text: structure.languages.join(' '), weight: 1 },
  ];
}
