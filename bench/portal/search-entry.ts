/**
 * What the search benchmark loads into Chromium: the portal's real search module, and a
 * naive substring scan over the same texts as the floor it is compared with.
 */
import type { Catalogue } from '../../src-main/api/contract/catalogue';
import { normalizeText } from '../../src-renderer/portal/search/normalize';
import {
  buildCatalogueIndex,
  searchDocuments,
} from '../../src-renderer/portal/search/catalogue-search';
import { search } from '../../src-renderer/portal/search/search-index';

function naiveIndex(catalogue: Catalogue, language: string) {
  return searchDocuments(catalogue, language).map((document) => ({
    id: document.id,
    text: normalizeText(document.fields.map((field) => field.text).join(' ')),
  }));
}

function naiveSearch(index: ReturnType<typeof naiveIndex>, query: string): string[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return index
    .filter((entry) => words.every((word) => entry.text.includes(word)))
    .slice(0, 8)
    .map((entry) => entry.id);
}

Object.assign(globalThis, {
  portalSearch: { buildCatalogueIndex, search, naiveIndex, naiveSearch },
});
