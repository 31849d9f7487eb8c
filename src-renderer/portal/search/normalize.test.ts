import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './normalize';

describe('search normalisation', () => {
  it('drops accents, case, ligatures and punctuation', () => {
    expect(normalizeText('Sécurité SOCIALE')).toBe('securite sociale');
    expect(normalizeText("L'Œuvre d’art, Pôle-Emploi !")).toBe('l oeuvre d art pole emploi');
    expect(normalizeText('  Aïe   ça  ')).toBe('aie ca');
  });

  it('folds Arabic short vowels, hamza seats, ta marbuta and tatweel', () => {
    expect(normalizeText('الضَّمَانُ')).toBe('الضمان');
    expect(normalizeText('أسرة')).toBe('اسره');
    expect(normalizeText('إعانة')).toBe(normalizeText('اعانه'));
    expect(normalizeText('مـــدرسة')).toBe('مدرسه');
  });

  it('keeps content words only, and drops the Arabic article', () => {
    expect(tokenize(normalizeText('Je veux imprimer mon attestation de la CAF, svp'))).toEqual([
      'imprimer',
      'attestation',
      'caf',
    ]);
    expect(tokenize(normalizeText('How do I print my certificate'))).toEqual([
      'print',
      'certificate',
    ]);
    expect(tokenize(normalizeText('شهادة الضمان الاجتماعي'))).toEqual(['شهاده', 'ضمان', 'اجتماعي']);
  });
});
