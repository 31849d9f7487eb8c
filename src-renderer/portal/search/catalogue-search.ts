import type { Catalogue } from '../../../src-main/api/contract/catalogue';
import { pickText } from '../localized';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from './search-index';

/**
 * What the search reads of each démarche: its title and keywords count most, then the
 * site's name, then the summary and the theme. French is always indexed beside the
 * resident's language, because people type the words on their letters ("attestation").
 */
export function searchDocuments(catalogue: Catalogue, language: string): SearchDocument[] {
  const themes = new Map(catalogue.themes.map((theme) => [theme.id, theme]));
  const languages = language === 'fr' ? ['fr'] : [language, 'fr'];
  return catalogue.demarches.map((demarche) => {
    const theme = themes.get(demarche.themeId);
    const fields: { text: string; weight: number }[] = [
      { text: demarche.keywords.join(' | '), weight: 3 },
      { text: demarche.siteName ?? '', weight: 2 },
    ];
    for (const each of languages) {
      fields.push({ text: pickText(demarche.title, each), weight: 3 });
      fields.push({ text: pickText(demarche.summary, each), weight: 1 });
      if (theme) fields.push({ text: pickText(theme.title, each), weight: 1 });
    }
    return { id: demarche.id, fields };
  });
}

export function buildCatalogueIndex(catalogue: Catalogue, language: string): SearchIndex {
  return buildSearchIndex(searchDocuments(catalogue, language), catalogue.synonyms);
}
