import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance';

describe('edit distance within a bound', () => {
  it('counts substitutions, insertions, deletions and swaps as one typo each', () => {
    expect(editDistanceWithin('vitale', 'vitale', 1)).toBe(0);
    expect(editDistanceWithin('vitalle', 'vitale', 1)).toBe(1);
    expect(editDistanceWithin('vitle', 'vitale', 1)).toBe(1);
    expect(editDistanceWithin('vitlae', 'vitale', 1)).toBe(1);
    expect(editDistanceWithin('vitale', 'vitalo', 1)).toBe(1);
    expect(editDistanceWithin('atestaton', 'attestation', 2)).toBe(2);
  });

  it('answers max + 1 beyond the bound, without finishing the table', () => {
    expect(editDistanceWithin('caf', 'cpam', 1)).toBe(2);
    expect(editDistanceWithin('logement', 'paiement', 2)).toBe(3);
    expect(editDistanceWithin('a', 'abcdef', 2)).toBe(3);
  });
});
