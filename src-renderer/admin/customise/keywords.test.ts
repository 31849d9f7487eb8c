import { describe, expect, it } from 'vitest';
import { keywordDifference, parseWordList, slugFrom } from './keywords';

describe('keyword editing', () => {
  it('reads a comma list and stores only the difference', () => {
    const wanted = parseWordList(' APL, prime activité ,\n, caf ');
    expect(wanted).toEqual(['APL', 'prime activité', 'caf']);
    expect(keywordDifference(['apl', 'rsa', 'caf'], wanted)).toEqual({
      add: ['prime activité'],
      remove: ['rsa'],
    });
  });

  it('makes an identifier from a French title', () => {
    expect(slugFrom('Mairie de Lille — État civil')).toBe('mairie-de-lille-etat-civil');
    expect(slugFrom('  !!! ')).toBe('');
  });
});
