import { describe, expect, it } from 'vitest';
import { KEYBOARD_ROWS, keyText } from './keyboard-layouts';

const all = (layout: keyof typeof KEYBOARD_ROWS) =>
  KEYBOARD_ROWS[layout].rows.flatMap((row) => row.keys).map((key) => key.text);

describe('on-screen keyboard layouts', () => {
  it('AZERTY: the French letters in their places, accents and digits without dead keys', () => {
    expect(KEYBOARD_ROWS.azerty.rows[1]?.keys.map((key) => key.text).join('')).toBe('azertyuiop');
    expect(KEYBOARD_ROWS.azerty.rows[2]?.keys.map((key) => key.text).join('')).toBe('qsdfghjklm');
    expect(all('azerty')).toEqual(expect.arrayContaining(['é', 'è', 'à', 'ç', 'ù', '@', '0', '9']));
    const eAcute = KEYBOARD_ROWS.azerty.rows[4]?.keys[0];
    expect(eAcute && keyText(eAcute, true)).toBe('É');
  });

  it('Arabic: right to left, the 28 letters plus hamza forms, Western digits', () => {
    expect(KEYBOARD_ROWS.arabic.rows.map((row) => row.direction)).toEqual([
      'ltr',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
    const letters = new Set(all('arabic').join(''));
    for (const letter of 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي') expect(letters.has(letter)).toBe(true);
    expect(all('arabic')).toContain('لا');
    expect(all('arabic')).toContain('7');
  });

  it('never types a control character or an empty string', () => {
    for (const layout of ['azerty', 'arabic'] as const) {
      for (const key of KEYBOARD_ROWS[layout].rows.flatMap((row) => row.keys)) {
        for (const text of [keyText(key, false), keyText(key, true)]) {
          expect(text.length).toBeGreaterThan(0);
          expect(/[\u0000-\u001f\u007f]/.test(text)).toBe(false);
        }
      }
    }
  });
});
