import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Catalogue } from '../../../src-main/api/contract/catalogue';
import { DemarcheCard } from '../DemarcheCard';
import { demarchePath, rememberVia } from '../demarche-links';
import { recordUsage } from '../usage';
import { Icon } from '../../icons/Icon';
import type * as SearchEngineModule from '../search/engine';

/** After this pause in typing, whether the search found something is counted (not the words). */
const RECORD_AFTER_MS = 2000;
/** The search engine loads once the home screen has settled, or at the first keystroke. */
const LOAD_ENGINE_AFTER_MS = 2500;

type SearchEngine = typeof SearchEngineModule;

/** "Que voulez-vous faire ?": results as the resident types, typos and accents forgiven. */
export function SearchBox({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation('portal');
  const language = i18n.language;
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const engine = useSearchEngine(query !== '');
  const index = useMemo(
    () => (engine ? engine.buildCatalogueIndex(catalogue, language) : null),
    [engine, catalogue, language],
  );
  const hits = useMemo(
    () => (engine && index ? engine.search(index, deferred) : []),
    [engine, index, deferred],
  );
  const [, navigate] = useLocation();
  const id = useId();
  useRecordSearch(deferred, hits.length > 0);

  const byId = useMemo(
    () => new Map(catalogue.demarches.map((each) => [each.id, each])),
    [catalogue],
  );
  const typed = deferred.trim() !== '';
  return (
    <search className="search" aria-labelledby={`${id}-label`}>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const first = hits[0];
          if (!first) return;
          rememberVia('search');
          navigate(demarchePath(first.id));
        }}
      >
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="search-label">
          {t('search.label')}
        </label>
        <p id={`${id}-hint`} className="search-hint">
          {t('search.hint')}
        </p>
        <div className="search-field">
          <Icon name="search" />
          <input
            id={`${id}-input`}
            type="search"
            className="search-input"
            value={query}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('search.placeholder')}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
      </form>
      <p className="search-count" role="status">
        {typed
          ? hits.length > 0
            ? t('search.results', { count: hits.length })
            : t('search.none')
          : ''}
      </p>
      {hits.length > 0 ? (
        <ul className="search-results">
          {hits.map((hit) => {
            const demarche = byId.get(hit.id);
            if (!demarche) return null;
            return (
              <li key={hit.id}>
                <DemarcheCard demarche={demarche} via="search" />
              </li>
            );
          })}
        </ul>
      ) : null}
    </search>
  );
}

/**
 * The search module and its index stay out of the home screen's first paint (a slow PC
 * shows the screen sooner): loaded once the screen has settled, or at once when the
 * resident starts typing.
 */
function useSearchEngine(typing: boolean): SearchEngine | null {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWanted(true), LOAD_ENGINE_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const load = wanted || typing;
  useEffect(() => {
    if (!load) return;
    let current = true;
    void import('../search/engine').then((module) => current && setEngine(module));
    return () => {
      current = false;
    };
  }, [load]);
  return engine;
}

/** Counts one search once the resident pauses: found or not, never the words. */
function useRecordSearch(query: string, found: boolean): void {
  const last = useRef('');
  useEffect(() => {
    const words = query.trim();
    if (words.length < 2 || words === last.current) return;
    const timer = setTimeout(() => {
      last.current = words;
      recordUsage({ type: 'search', found });
    }, RECORD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [query, found]);
}
