import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../use-namespaces';
import { TermView } from './TermView';
import { useGlossarySearch, useGlossaryTerm } from './use-glossary';

/**
 * Search box, list of terms, and the chosen term: the glossary page and the "Lexique"
 * dialog show the same thing.
 */
export function GlossaryBrowser({ initialTermId = null }: { initialTermId?: string | null }) {
  const { t } = useTranslation('tools');
  const text = useLocalized();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [termId, setTermId] = useState<string | null>(initialTermId);
  const results = useGlossarySearch(query);
  const chosen = useGlossaryTerm(termId);
  const relatedLabels = Object.fromEntries(
    (chosen?.related ?? []).map((term) => [term.id, text(term.term)]),
  );

  return (
    <div className="glossary-browser">
      <div className="glossary-search">
        <label htmlFor={searchId}>{t('glossary.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {chosen ? (
        <TermView term={chosen.term} relatedLabels={relatedLabels} onOpenTerm={setTermId} />
      ) : null}
      {results.failed ? <p role="alert">{t('unavailable')}</p> : null}
      {!results.failed && results.terms.length === 0 ? (
        <p role="status">{t('glossary.noResult')}</p>
      ) : null}
      <ul className="glossary-list" aria-label={t('glossary.listLabel')}>
        {results.terms.map((term) => (
          <li key={term.id}>
            <button
              type="button"
              className="button button-secondary"
              aria-current={term.id === termId ? 'true' : undefined}
              onClick={() => setTermId(term.id)}
              dir="auto"
            >
              {text(term.term)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
