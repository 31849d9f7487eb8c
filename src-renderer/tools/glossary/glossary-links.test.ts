import { describe, expect, it } from 'vitest';
import { glossarySegments, withoutGlossaryLinks } from './glossary-links';

describe('glossary links in texts', () => {
  it('splits a text into plain parts and term links', () => {
    expect(
      glossarySegments(
        'Entrez votre [identifiant](lexique:identifiant) et votre [mot de passe](lexique:mot-de-passe).',
      ),
    ).toEqual([
      { text: 'Entrez votre ' },
      { text: 'identifiant', termId: 'identifiant' },
      { text: ' et votre ' },
      { text: 'mot de passe', termId: 'mot-de-passe' },
      { text: '.' },
    ]);
  });

  it('leaves other links and broken marks as plain text', () => {
    const text = 'Voir [le site](https://www.caf.fr) ou [rien](lexique:Pas Bon).';
    expect(glossarySegments(text)).toEqual([{ text }]);
    expect(withoutGlossaryLinks('Un [lien](lexique:lien) ici')).toBe('Un lien ici');
    expect(glossarySegments('')).toEqual([]);
  });
});
