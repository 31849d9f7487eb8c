/** "apl, RSA ,prime" → ["apl", "RSA", "prime"]: what a referent types in one field. */
export function parseWordList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/**
 * The centre's keyword change as stored in the config: what to add to and remove from
 * the catalogue's published keywords (case-insensitive), so that keywords the federation
 * adds later still arrive.
 */
export function keywordDifference(
  published: readonly string[],
  wanted: readonly string[],
): { add: string[]; remove: string[] } {
  const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
  const publishedSet = lower(published);
  const wantedSet = lower(wanted);
  return {
    add: wanted.filter((word) => !publishedSet.has(word.toLowerCase())),
    remove: published.filter((word) => !wantedSet.has(word.toLowerCase())),
  };
}

/** A lowercase identifier from a title: "Mairie de Lille" → "mairie-de-lille". */
export function slugFrom(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}
