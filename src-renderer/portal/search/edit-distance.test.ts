import { describe, expect, it } from 'vitest';
import { bitCount, editDistanceWithin, letterMask } from './edit-distance';

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

describe('letter masks', () => {
  it('never reject two words within the distance (a typo changes at most two bits)', () => {
    const pairs: [string, string, number][] = [
      ['vitale', 'vitlae', 1],
      ['vitale', 'vitalo', 1],
      ['atestaton', 'attestation', 2],
      ['emploi', 'emplois', 1],
    ];
    for (const [a, b, max] of pairs) {
      expect(editDistanceWithin(a, b, max)).toBeLessThanOrEqual(max);
      expect(bitCount(letterMask(a) ^ letterMask(b))).toBeLessThanOrEqual(2 * max);
    }
    expect(bitCount(letterMask('logement') ^ letterMask('passeport'))).toBeGreaterThan(4);
  });

  it('keep working on words longer than the reused rows', () => {
    const long = 'a'.repeat(100);
    expect(editDistanceWithin(long, `${long}b`, 1)).toBe(1);
  });
});
