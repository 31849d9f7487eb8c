import { prefixDistance, typoAllowance } from './prefix-distance';
import { searchWords } from './normalize';

/** One searchable text of a document, with how much a match in it counts. */
export interface IndexedField {
  text: string;
  weight: number;
}

export interface SearchHit {
  /** Position of the document in the list the index was built from. */
  index: number;
  score: number;
}

const PREFIX_MATCH = 1;
const EXACT_BONUS = 0.5;
const TYPO_MATCH = 0.5;
const WORD_CACHE_SIZE = 256;
/** Scores are sorted as integers of 1/64: exact for the weights and bonuses used here. */
const SCORE_STEPS = 64;
const INDEX_SPACE = 2 ** 24;

interface Posting {
  docs: Int32Array;
  weights: Float32Array;
}

/**
 * An accent- and typo-tolerant index over a list of documents. Every word of every
 * field goes into a sorted vocabulary with, for each word, the documents holding it and
 * their best field weight. A query word matches the vocabulary words that start with it
 * (a binary search), or that start within a few typing mistakes of it (compared only
 * with words of the same first letter: people rarely mistype the first one). A document
 * must match every query word. Searching touches the vocabulary and the postings, never
 * the documents; scores live in typed arrays reused from one keystroke to the next.
 */
export class FuzzyIndex {
  private readonly vocabulary: string[];
  private readonly postings: Posting[];
  private readonly byFirstLetter = new Map<string, number[]>();
  private readonly wordCache = new Map<string, [number, number][]>();
  private readonly total: Float64Array;
  private readonly matched: Uint8Array;
  private readonly wordScore: Float64Array;

  constructor(documents: readonly IndexedField[][]) {
    const collected = new Map<string, Map<number, number>>();
    documents.forEach((fields, index) => {
      for (const field of fields) {
        for (const word of searchWords(field.text)) {
          let docs = collected.get(word);
          if (!docs) collected.set(word, (docs = new Map<number, number>()));
          if ((docs.get(index) ?? 0) < field.weight) docs.set(index, field.weight);
        }
      }
    });
    this.vocabulary = [...collected.keys()].sort();
    this.postings = this.vocabulary.map((word) => {
      const docs = collected.get(word) ?? new Map<number, number>();
      return { docs: Int32Array.from(docs.keys()), weights: Float32Array.from(docs.values()) };
    });
    this.vocabulary.forEach((word, position) => {
      if (/^\d/.test(word)) return; // numbers match by their beginning only
      const letter = word.charAt(0);
      const bucket = this.byFirstLetter.get(letter);
      if (bucket) bucket.push(position);
      else this.byFirstLetter.set(letter, [position]);
    });
    this.total = new Float64Array(documents.length);
    this.matched = new Uint8Array(documents.length);
    this.wordScore = new Float64Array(documents.length);
  }

  /** Documents matching every word of the query, best first; null for an empty query. */
  search(query: string, accept: (index: number) => boolean = () => true): SearchHit[] | null {
    const words = [...new Set(searchWords(query))];
    if (words.length === 0) return null;
    let candidates: number[] = [];
    for (const [round, word] of words.entries()) {
      candidates = this.addWord(word, round, candidates, accept);
      if (candidates.length === 0) return [];
    }
    return this.ranked(candidates);
  }

  /** Adds one query word's best match per document; returns the documents still matching. */
  private addWord(
    word: string,
    round: number,
    previous: number[],
    accept: (index: number) => boolean,
  ): number[] {
    const touched: number[] = [];
    for (const [position, quality] of this.matchesOf(word)) {
      const posting = this.postings[position];
      if (!posting) continue;
      for (let entry = 0; entry < posting.docs.length; entry += 1) {
        const doc = posting.docs[entry] ?? 0;
        if (this.matched[doc] !== round) continue;
        const gained = quality * (posting.weights[entry] ?? 0);
        if (this.wordScore[doc] === 0) {
          if (round === 0 && !accept(doc)) continue;
          touched.push(doc);
        }
        if ((this.wordScore[doc] ?? 0) < gained) this.wordScore[doc] = gained;
      }
    }
    for (const doc of touched) {
      this.total[doc] = (round === 0 ? 0 : (this.total[doc] ?? 0)) + (this.wordScore[doc] ?? 0);
      this.matched[doc] = round + 1;
      this.wordScore[doc] = 0;
    }
    // Documents of the last round that this word did not match drop out; reset their mark.
    for (const doc of previous) if (this.matched[doc] === round) this.matched[doc] = 0;
    if (round === 0) return touched;
    return previous.filter((doc) => this.matched[doc] === round + 1);
  }

  /** Best score first, then list order; resets the marks for the next search. */
  private ranked(candidates: number[]): SearchHit[] {
    const maxScore = 2 ** 20;
    const keys = new Float64Array(candidates.length);
    candidates.forEach((doc, position) => {
      const steps = Math.round((this.total[doc] ?? 0) * SCORE_STEPS);
      keys[position] = (maxScore - steps) * INDEX_SPACE + doc;
      this.matched[doc] = 0;
    });
    keys.sort();
    return Array.from(keys, (key) => {
      const index = key % INDEX_SPACE;
      return { index, score: (maxScore - Math.floor(key / INDEX_SPACE)) / SCORE_STEPS };
    });
  }

  /** Vocabulary positions a query word matches, with a quality: exact > prefix > typo. */
  private matchesOf(word: string): [number, number][] {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const found: [number, number][] = [];
    const prefixed = new Set<number>();
    for (
      let position = this.firstAtOrAfter(word);
      position < this.vocabulary.length;
      position += 1
    ) {
      const candidate = this.vocabulary[position] ?? '';
      if (!candidate.startsWith(word)) break;
      found.push([position, candidate === word ? PREFIX_MATCH + EXACT_BONUS : PREFIX_MATCH]);
      prefixed.add(position);
    }
    const limit = typoAllowance(word.length);
    if (limit > 0) {
      for (const position of this.byFirstLetter.get(word.charAt(0)) ?? []) {
        const candidate = this.vocabulary[position] ?? '';
        if (prefixed.has(position) || candidate.length < word.length - limit) continue;
        if (prefixDistance(word, candidate, limit) <= limit) found.push([position, TYPO_MATCH]);
      }
    }
    if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
    this.wordCache.set(word, found);
    return found;
  }

  private firstAtOrAfter(word: string): number {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.vocabulary[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
