import type { KeyboardLayout } from '../../src-main/api/contract/config/kiosk';

/** One key: what it types (and, for letters, what it types with Majuscules). */
export interface TypedKey {
  text: string;
  shifted?: string;
}

export interface KeyRow {
  /** Digits read left to right on every layout; Arabic letters right to left. */
  direction: 'ltr' | 'rtl';
  keys: TypedKey[];
}

export interface LayoutRows {
  /** Whether the Majuscules key means anything on this layout. */
  hasShift: boolean;
  rows: KeyRow[];
}

const DIGITS = '1234567890'.split('');

function letters(keys: string, locale: string): TypedKey[] {
  return [...keys].map((text) => ({ text, shifted: text.toLocaleUpperCase(locale) }));
}

function plain(keys: readonly string[]): TypedKey[] {
  return keys.map((text) => ({ text }));
}

const ltr = (keys: TypedKey[]): KeyRow => ({ direction: 'ltr', keys });
const rtl = (keys: TypedKey[]): KeyRow => ({ direction: 'rtl', keys });

/**
 * The on-screen keyboard's layouts. AZERTY as on French keyboards, with the digits and
 * the accented letters French forms need on their own row (no dead keys to learn).
 * Arabic as on the usual PC layout; lam-alef types two letters, as the physical key does.
 * Digits stay Western (0-9) on both: official forms expect them.
 */
export const KEYBOARD_ROWS: Record<KeyboardLayout, LayoutRows> = {
  azerty: {
    hasShift: true,
    rows: [
      ltr(plain(DIGITS)),
      ltr(letters('azertyuiop', 'fr')),
      ltr(letters('qsdfghjklm', 'fr')),
      ltr([...letters('wxcvbn', 'fr'), ...plain(["'", '-', '@', '.'])]),
      ltr([...letters('éèêàçù', 'fr'), ...plain([',', '_', '/'])]),
    ],
  },
  arabic: {
    hasShift: false,
    rows: [
      ltr(plain(DIGITS)),
      rtl(plain(['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج', 'د'])),
      rtl(plain(['ش', 'س', 'ي', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ك', 'ط'])),
      rtl(plain(['ئ', 'ء', 'ؤ', 'ر', 'لا', 'ى', 'ة', 'و', 'ز', 'ظ'])),
      rtl(plain(['أ', 'إ', 'آ', 'ذ', '،', '؟', '.', '@', '-'])),
    ],
  },
};

/** What a key types now. */
export function keyText(key: TypedKey, shift: boolean): string {
  return shift && key.shifted ? key.shifted : key.text;
}
