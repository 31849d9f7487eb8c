import type { LocalizedText } from '../../../src-main/api/contract/catalogue';

/** "25 novembre 2026 à 09:30" in the referent's language. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A catalogue text in the current language, French otherwise (French is always there). */
export function localized(text: LocalizedText, language: string): string {
  return text[language] ?? text.fr ?? '';
}
