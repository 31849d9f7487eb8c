/**
 * Text as the search compares it: lowercase, no accents (é → e, Arabic short vowels and
 * hamza seats dropped), ligatures spelt out, punctuation and apostrophes as spaces. A
 * resident typing "securite sociale", "sécu" or "SÉCURITÉ" reaches the same words.
 */
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ـ/g, '') // Arabic tatweel (a stretching stroke, not a letter)
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * Words that say nothing about the démarche: French, English and Arabic function words,
 * and the ways people start a request ("je veux", "comment"). Kept short on purpose.
 */
const STOP_WORDS = new Set([
  // French
  'a',
  'au',
  'aux',
  'avec',
  'c',
  'ce',
  'ces',
  'comment',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'est',
  'et',
  'faire',
  'il',
  'j',
  'je',
  'l',
  'la',
  'le',
  'les',
  'm',
  'ma',
  'me',
  'mes',
  'moi',
  'mon',
  'ou',
  'par',
  'pour',
  'qu',
  'que',
  's',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'svp',
  'un',
  'une',
  'veux',
  'voudrais',
  'vos',
  'votre',
  // English
  'an',
  'and',
  'do',
  'for',
  'how',
  'i',
  'in',
  'my',
  'of',
  'on',
  'the',
  'to',
  'want',
  // Arabic
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'او',
  'اريد',
  'كيف',
]);

/** The content words of a normalised text; Arabic loses its article "ال" (الضمان → ضمان). */
export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  for (const word of normalized.split(' ')) {
    if (word === '' || STOP_WORDS.has(word)) continue;
    tokens.push(word.length > 4 && word.startsWith('ال') ? word.slice(2) : word);
  }
  return tokens;
}
