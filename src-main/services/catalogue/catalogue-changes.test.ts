import { describe, expect, it } from 'vitest';
import { catalogueAt } from '../content/testing/bundle-fixtures';
import { diffCatalogues, hasChanges } from './catalogue-changes';

describe('catalogue changes', () => {
  it('lists démarches added, removed and changed, with the changed fields', () => {
    const before = catalogueAt('2026.11.1');
    const after = catalogueAt('2026.12.1', (catalogue) => {
      const [first, second] = catalogue.demarches;
      if (!first || !second) throw new Error('the seed catalogue has démarches');
      first.startUrl = 'https://www.caf.fr/nouvelle-adresse';
      first.keywords = [...first.keywords, 'alloc'];
      catalogue.demarches = catalogue.demarches.filter((demarche) => demarche.id !== second.id);
      catalogue.demarches.push({ ...second, id: 'ants-carte-identite', title: { fr: 'Carte' } });
    });
    const changes = diffCatalogues(before, after);
    expect(changes.fromVersion).toBe('2026.11.1');
    expect(changes.toVersion).toBe('2026.12.1');
    expect(changes.demarches.added.map((entry) => entry.id)).toEqual(['ants-carte-identite']);
    expect(changes.demarches.removed.map((entry) => entry.id)).toEqual([before.demarches[1]?.id]);
    expect(changes.demarches.changed).toEqual([
      {
        id: before.demarches[0]?.id,
        title: before.demarches[0]?.title,
        fields: ['keywords', 'startUrl'],
      },
    ]);
    expect(hasChanges(changes)).toBe(true);
  });

  it('says nothing changed for the same content under a new version', () => {
    const changes = diffCatalogues(catalogueAt('2026.11.1'), catalogueAt('2026.11.2'));
    expect(hasChanges(changes)).toBe(false);
  });
});
