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

/**
 * An accent- and typo-tolerant index over a list of documents. Every word of every
 * field goes into a vocabulary with, for each word, the documents holding it and their
 * best field weight. A query word matches vocabulary words that start with it, or are
 * within a few typing mistakes of such a start; a document must match every query word.
 * Built once per change of the list; searching touches the vocabulary, not the documents.
 */
export class FuzzyIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly vocabulary: string[];
  private readonly wordCache = new Map<string, [string, number][]>();

  constructor(documents: readonly IndexedField[][]) {
    documents.forEach((fields, index) => {
      for (const field of fields) {
        for (const word of searchWords(field.text)) {
          let docs = this.postings.get(word);
          if (!docs) this.postings.set(word, (docs = new Map<number, number>()));
          if ((docs.get(index) ?? 0) < field.weight) docs.set(index, field.weight);
        }
      }
    });
    this.vocabulary = [...this.postings.keys()];
  }

  /** Documents matching every word of the query, best first; null for an empty query. */
  search(query: string, accept: (index: number) => boolean = () => true): SearchHit[] | null {
    const words = [...new Set(searchWords(query))];
    if (words.length === 0) return null;
    let scores: Map<number, number> | null = null;
    for (const word of words) {
      const next = new Map<number, number>();
      for (const [vocabularyWord, quality] of this.matchesOf(word)) {
        for (const [index, weight] of this.postings.get(vocabularyWord) ?? []) {
          if (scores !== null && !scores.has(index)) continue;
          if (scores === null && !accept(index)) continue;
          const gained = quality * weight;
          if ((next.get(index) ?? 0) < gained) next.set(index, gained);
        }
      }
      if (scores !== null)
        for (const [index, gained] of next) next.set(index, gained + (scores.get(index) ?? 0));
      scores = next;
      if (scores.size === 0) return [];
    }
    return [...(scores ?? new Map<number, number>())]
      .map(([index, score]) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index);
  }

  /** Vocabulary words a query word matches, with a quality: exact > prefix > typo. */
  private matchesOf(word: string): [string, number][] {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const limit = typoAllowance(word.length);
    const found: [string, number][] = [];
    for (const candidate of this.vocabulary) {
      if (candidate.startsWith(word)) {
        found.push([candidate, candidate === word ? PREFIX_MATCH + EXACT_BONUS : PREFIX_MATCH]);
      } else if (limit > 0 && prefixDistance(word, candidate, limit) <= limit) {
        found.push([candidate, TYPO_MATCH]);
      }
    }
    if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
    this.wordCache.set(word, found);
    return found;
  }
}
