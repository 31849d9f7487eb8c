/** The search, as one module the home screen loads after its first paint (see SearchBox). */
export { buildCatalogueIndex } from './catalogue-search';
export { search } from './search-index';
