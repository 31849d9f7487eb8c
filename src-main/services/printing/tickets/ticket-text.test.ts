import { describe, expect, it } from 'vitest';
import { encodeTicketText, printableText, wrap } from './ticket-text';

describe('ticket text', () => {
  it('encodes French accents in PC858 as the printer expects them', () => {
    expect([...encodeTicketText('éèàçêôÉ€', 'PC858_EURO')]).toEqual([
      0x82, 0x8a, 0x85, 0x87, 0x88, 0x93, 0x90, 0xd5,
    ]);
    expect([...encodeTicketText('éèàç€', 'WPC1252')]).toEqual([0xe9, 0xe8, 0xe0, 0xe7, 0x80]);
  });

  it('turns typography and letters the code page lacks into printable ones', () => {
    expect(printableText('L’œuvre « sœur » – 9\u00a0h…', 'PC858_EURO')).toBe(
      // The no-break space is in PC858 (0xFF) and prints as a space: it stays.
      "L'oeuvre « soeur » - 9\u00a0h...",
    );
    expect(printableText('Łódź', 'PC858_EURO')).toBe('?ódz');
    // Windows-1252 has the curly apostrophe and œ: they stay.
    expect(printableText('L’œuvre', 'WPC1252')).toBe('L’œuvre');
    expect(printableText('مرحبا', 'PC858_EURO')).toBe('?????');
  });

  it('wraps on words and cuts a word longer than the line', () => {
    expect(wrap('Attestation de paiement de la CAF', 16)).toEqual([
      'Attestation de',
      'paiement de la',
      'CAF',
    ]);
    expect(wrap('https://www.caf.fr/allocataires', 10)).toEqual([
      'https://ww',
      'w.caf.fr/a',
      'llocataire',
      's',
    ]);
  });
});
