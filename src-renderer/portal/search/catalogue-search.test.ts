import { describe, expect, it } from 'vitest';
import baseCatalogue from '../../../kiosk-config/catalogue/base-catalogue.json';
import type { Catalogue } from '../../../src-main/api/contract/catalogue';
import { buildCatalogueIndex } from './catalogue-search';
import { search } from './search-index';

// The shipped catalogue as written (every entry spells out the fields the schema defaults).
const catalogue = baseCatalogue as unknown as Catalogue;

const french = buildCatalogueIndex(catalogue, 'fr');
const top = (query: string, index = french) => search(index, query).map((hit) => hit.id);

describe('search over the base catalogue', () => {
  it('finds the Ameli démarches for "carte vitale", however it is typed', () => {
    for (const query of [
      'carte vitale',
      'Carte Vitale',
      'CARTE VITALE',
      'carte vitalle',
      'carte vitlae',
      'cart vital',
    ]) {
      expect(top(query).slice(0, 2), query).toEqual(
        expect.arrayContaining(['ameli-carte-vitale', 'ameli-attestation-droits']),
      );
    }
  });

  it('understands acronyms, old names and synonyms', () => {
    expect(top('apl')[0]).toBe('caf-aide-logement');
    expect(top('aide au logement')[0]).toBe('caf-aide-logement');
    expect(top('pole emploi')[0]).toMatch(/^france-travail-/);
    expect(top('pôle emploi actualisation')[0]).toBe('france-travail-actualisation');
    expect(top('secu')[0]).toMatch(/^ameli-/);
    expect(top('cmu')[0]).toBe('ameli-complementaire-sante-solidaire');
    expect(top('cni')).toContain('ants-carte-identite-passeport');
    expect(top('hlm')[0]).toBe('logement-social');
    expect(top('allocs')[0]).toMatch(/^caf-/);
  });

  it('tolerates missing accents and typos, and reads a request in a sentence', () => {
    expect(top('impots')[0]).toMatch(/^impots-/);
    expect(top('atestation caf')[0]).toBe('caf-attestation-paiement');
    expect(top('je veux imprimer mon attestation CAF')[0]).toBe('caf-attestation-paiement');
    expect(top('renouveler ma carte vitale')).toContain('ameli-carte-vitale');
    expect(top('titre de séjour')[0]).toBe('titre-sejour');
  });

  it('completes a word being typed', () => {
    expect(top('attes')).toEqual(expect.arrayContaining(['caf-attestation-paiement']));
    expect(top('casier judi')[0]).toBe('casier-judiciaire');
  });

  it('searches in the resident language and in French', () => {
    const arabic = buildCatalogueIndex(catalogue, 'ar');
    expect(top('الضمان الاجتماعي', arabic)).toContain('ameli-attestation-droits');
    expect(top('بطاقة الإقامة', arabic)[0]).toBe('titre-sejour');
    expect(top('attestation caf', arabic)[0]).toBe('caf-attestation-paiement');
    const english = buildCatalogueIndex(catalogue, 'en');
    expect(top('housing benefit', english)[0]).toBe('caf-aide-logement');
    expect(top('tax notice', english)[0]).toBe('impots-avis-impot');
  });

  it('finds nothing for nonsense, and nothing for an empty query', () => {
    expect(top('xyzzy')).toEqual([]);
    expect(top('   ')).toEqual([]);
    expect(top('de la')).toEqual([]);
  });
});
