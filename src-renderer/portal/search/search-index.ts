import { normalizeText, tokenize } from './normalize';
import { bitCount, editDistanceWithin, letterMask } from './edit-distance';

/** One thing to find (a démarche), with its texts and how much each counts. */
export interface SearchDocument {
  id: string;
  fields: readonly { text: string; weight: number }[];
}

export interface SearchHit {
  id: string;
  score: number;
}

interface Postings {
  docs: number[];
  weights: number[];
}

export interface SearchIndex {
  readonly ids: readonly string[];
  readonly postings: ReadonlyMap<string, Postings>;
  /** Every indexed word, sorted, for prefix look-ups. */
  readonly sortedWords: readonly string[];
  /** Indexed words by length, with their letter masks, for typo look-ups. */
  readonly wordsByLength: ReadonlyMap<number, { words: readonly string[]; masks: Uint32Array }>;
  /** Words matched for a query word, remembered across keystrokes. */
  readonly matchCache: Map<string, readonly WordMatch[]>;
}

interface WordMatch {
  word: string;
  quality: number;
}

/** Weight of words a démarche gets through a synonym rather than its own text. */
const SYNONYM_WEIGHT = 2;
const MATCH_CACHE_SIZE = 500;

/**
 * Builds the index once per catalogue and language. A document that contains every word
 * of one synonym phrase ("apl") also gets the words of the others ("aide", "logement"),
 * so expanding synonyms costs nothing at query time.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  synonyms: readonly (readonly string[])[] = [],
): SearchIndex {
  const groups = synonyms.map((group) => group.map((phrase) => tokenize(normalizeText(phrase))));
  const postings = new Map<string, Postings>();
  documents.forEach((document, doc) => {
    const words = new Map<string, number>();
    // A word's weight is its best field's, plus a little for each other field it is in:
    // a démarche with "séjour" in its title and its keywords beats one with it in keywords.
    const add = (word: string, weight: number) => {
      const before = words.get(word);
      words.set(
        word,
        before === undefined ? weight : Math.max(before, weight) + 0.1 * Math.min(before, weight),
      );
    };
    for (const field of document.fields) {
      for (const word of tokenize(normalizeText(field.text))) add(word, field.weight);
    }
    for (const group of groups) {
      if (!group.some((phrase) => phrase.length > 0 && phrase.every((word) => words.has(word)))) {
        continue;
      }
      for (const word of group.flat()) if (!words.has(word)) add(word, SYNONYM_WEIGHT);
    }
    for (const [word, weight] of words) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
    }
  });
  const sortedWords = [...postings.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const word of sortedWords) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  const wordsByLength = new Map(
    [...byLength].map(([length, words]) => [
      length,
      { words, masks: Uint32Array.from(words, letterMask) },
    ]),
  );
  return {
    ids: documents.map((document) => document.id),
    postings,
    sortedWords,
    wordsByLength,
    matchCache: new Map(),
  };
}

/**
 * The documents best matching what was typed. Every query word is looked up exactly, as
 * the start of a word (all words: people stop typing early) and, from four letters, with
 * one typo (two from seven letters). A document must match every word of a one- or
 * two-word query, and most words of a longer one ("renouveler ma carte vitale").
 */
export function search(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const words = tokenize(normalizeText(query));
  if (words.length === 0) return [];
  const count = index.ids.length;
  const total = new Float64Array(count);
  const covered = new Uint8Array(count);
  const best = new Float64Array(count);
  for (const word of words) {
    best.fill(0);
    for (const match of matchWord(index, word)) {
      const list = index.postings.get(match.word);
      if (!list) continue;
      for (let at = 0; at < list.docs.length; at += 1) {
        const doc = list.docs[at] as number;
        const score = match.quality * (list.weights[at] as number);
        if (score > (best[doc] as number)) best[doc] = score;
      }
    }
    for (let doc = 0; doc < count; doc += 1) {
      const score = best[doc] as number;
      if (score === 0) continue;
      total[doc] = (total[doc] as number) + score;
      covered[doc] = (covered[doc] as number) + 1;
    }
  }
  const needed = words.length <= 2 ? words.length : Math.ceil(words.length * 0.6);
  const hits: { doc: number; covered: number; score: number }[] = [];
  for (let doc = 0; doc < count; doc += 1) {
    const matched = covered[doc] as number;
    if (matched >= needed) hits.push({ doc, covered: matched, score: total[doc] as number });
  }
  hits.sort((a, b) => b.covered - a.covered || b.score - a.score || a.doc - b.doc);
  return hits
    .slice(0, limit)
    .map((hit) => ({ id: index.ids[hit.doc] as string, score: Math.round(hit.score * 100) / 100 }));
}

function matchWord(index: SearchIndex, word: string): readonly WordMatch[] {
  const cached = index.matchCache.get(word);
  if (cached) return cached;
  const found = new Map<string, number>();
  const keep = (candidate: string, quality: number) =>
    found.set(candidate, Math.max(found.get(candidate) ?? 0, quality));
  if (index.postings.has(word)) keep(word, 1);
  // One letter says too little to complete: "c" would match half the catalogue.
  if (word.length >= 2) {
    forEachWithPrefix(index.sortedWords, word, (candidate) =>
      keep(candidate, word.length >= 3 ? 0.9 : 0.7),
    );
  }
  const typos = word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
  const mask = letterMask(word);
  for (let length = word.length - typos; length <= word.length + typos; length += 1) {
    const group = index.wordsByLength.get(length);
    if (!group) continue;
    for (let at = 0; at < group.words.length; at += 1) {
      if (bitCount((group.masks[at] as number) ^ mask) > 2 * typos) continue;
      const candidate = group.words[at] as string;
      const distance = editDistanceWithin(word, candidate, typos);
      if (distance > 0 && distance <= typos) keep(candidate, distance === 1 ? 0.75 : 0.55);
    }
  }
  const matches = [...found].map(([candidate, quality]) => ({ word: candidate, quality }));
  if (index.matchCache.size >= MATCH_CACHE_SIZE) index.matchCache.clear();
  index.matchCache.set(word, matches);
  return matches;
}

/** Calls `visit` for each sorted word starting with `prefix` (binary search, then a walk). */
function forEachWithPrefix(
  sorted: readonly string[],
  prefix: string,
  visit: (word: string) => void,
): void {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  for (let at = low; at < sorted.length; at += 1) {
    const word = sorted[at] as string;
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) visit(word);
  }
}
