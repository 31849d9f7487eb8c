import { describe, expect, it } from 'vitest';
import { languageChoices } from './language-choices';

describe('language choices', () => {
  it('offers each reading variant right after its language, only for shipped languages', () => {
    const shipped = ['ar', 'en', 'fr', 'fr-x-falc'];
    expect(languageChoices(['fr', 'en', 'ar'], shipped)).toEqual(['fr', 'fr-x-falc', 'en', 'ar']);
    expect(languageChoices(['en', 'tr'], shipped)).toEqual(['en']);
    expect(languageChoices(['ar', 'fr-x-falc', 'fr'], shipped)).toEqual(['ar', 'fr-x-falc', 'fr']);
  });
});
