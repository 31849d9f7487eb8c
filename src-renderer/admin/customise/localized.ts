/** A catalogue text in the UI's language, else in French (always present). */
export function localized(texts: Readonly<Record<string, string>>, language: string): string {
  return texts[language] ?? texts.fr ?? Object.values(texts)[0] ?? '';
}
