import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../src-main/api/contract/glossary';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useLocalized } from '../use-namespaces';
import { GlossaryPackPanel } from './GlossaryPackPanel';
import { TermForm } from './TermForm';

/** The glossary for the referent: find a term, edit or remove it, add one, share packs. */
export function GlossaryAdmin() {
  const { t, i18n } = useTranslation('tools-admin');
  const text = useLocalized();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [round, setRound] = useState(0);
  const [terms] = useApi(
    () => api().glossary.search(query, i18n.language, 500),
    `${query}|${round}`,
  );
  const [editing, setEditing] = useState<GlossaryTerm | 'new' | null>(null);

  if (editing !== null) {
    return (
      <main className="tools-admin">
        <TermForm
          initial={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            setRound(round + 1);
          }}
        />
      </main>
    );
  }
  return (
    <main className="tools-admin">
      <div className="tool-actions">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('glossary.add')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={searchId}>{t('tools:glossary.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {terms.status === 'ready' ? (
        <>
          <p role="status">{t('glossary.count', { count: terms.data.terms.length })}</p>
          <ul className="admin-term-list">
            {terms.data.terms.map((term) => (
              <li key={term.id}>
                <span dir="auto">{text(term.term)}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setEditing(term)}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    void api()
                      .glossary.remove(term.id)
                      .then(() => setRound(round + 1))
                  }
                >
                  {t('delete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <GlossaryPackPanel onImported={() => setRound(round + 1)} />
    </main>
  );
}
