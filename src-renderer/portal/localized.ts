import type { LocalizedText } from '../../src-main/api/contract/catalogue';

/**
 * A catalogue text in the resident's language, else in the language it is a variant of
 * ("fr-x-falc" → "fr"), else in French, which every text has.
 */
export function pickText(text: LocalizedText, language: string): string {
  const base = language.split('-')[0] ?? language;
  return text[language] ?? text[base] ?? text.fr ?? '';
}

/** Whether `pickText` had to fall back to another language (then mark the text's own). */
export function textLanguage(text: LocalizedText, language: string): string {
  const base = language.split('-')[0] ?? language;
  if (text[language] !== undefined) return language;
  return text[base] !== undefined ? base : 'fr';
}
