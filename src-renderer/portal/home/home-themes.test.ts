import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src-main/api/contract/catalogue';
import { homeThemes, tileLabel } from './home-themes';

const theme = (id: string): Theme => ({ id, title: { fr: id.toUpperCase() }, icon: 'family' });
const CATALOGUE = ['famille-caf', 'sante', 'emploi', 'impots'].map(theme);

describe('home theme tiles', () => {
  it("follow the centre's order and visibility, then show themes it has not placed", () => {
    const tiles = homeThemes(CATALOGUE, [
      { id: 'emploi', visible: true },
      { id: 'famille-caf', visible: false },
      { id: 'sante', visible: true, label: 'Santé et CPAM' },
      { id: 'disparu', visible: true },
    ]);
    expect(tiles.map((tile) => tile.theme.id)).toEqual(['emploi', 'sante', 'impots']);
    expect(tiles[1]?.label).toBe('Santé et CPAM');
  });

  it("use the centre's wording in French only (it is written in French)", () => {
    const tile = { theme: theme('sante'), label: 'Santé et CPAM' };
    expect(tileLabel(tile, 'fr', 'Santé')).toBe('Santé et CPAM');
    expect(tileLabel(tile, 'fr-x-falc', 'Santé')).toBe('Santé et CPAM');
    expect(tileLabel(tile, 'ar', 'الصحة')).toBe('الصحة');
    expect(tileLabel({ theme: theme('sante') }, 'fr', 'Santé')).toBe('Santé');
  });
});
