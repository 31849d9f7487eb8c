/**
 * Text as the borne compares it: lower case, no accents, ligatures opened, anything
 * that is not a letter or a digit turned into a space. "Émmaüs-Connect" and "emmaus
 * connect" become the same words; Arabic letters are kept as they are.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Small French words that carry no meaning for a search. */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'mon',
  'ma',
  'mes',
  'pour',
  'un',
  'une',
  'sur',
  'the',
  'of',
]);

/** The words of a text worth indexing or searching for. */
export function searchWords(text: string): string[] {
  const words = normalizeText(text).split(' ');
  return words.filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}
