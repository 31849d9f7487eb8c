import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../src-main/api/contract/glossary';
import { api } from '../../app/api';

const RESULTS = 80;

/**
 * The glossary search as the person types: asks the borne (accent- and typo-tolerant)
 * and keeps the latest answer only. What is typed is never recorded.
 */
export function useGlossarySearch(text: string): { terms: GlossaryTerm[]; failed: boolean } {
  const { i18n } = useTranslation();
  const [state, setState] = useState<{ terms: GlossaryTerm[]; failed: boolean }>({
    terms: [],
    failed: false,
  });
  useEffect(() => {
    let current = true;
    api()
      .glossary.search(text, i18n.language, RESULTS)
      .then(
        ({ terms }) => current && setState({ terms, failed: false }),
        () => current && setState({ terms: [], failed: true }),
      );
    return () => {
      current = false;
    };
  }, [text, i18n.language]);
  return state;
}

/** A term and its related terms, loaded when `termId` changes; null while loading or for none. */
export function useGlossaryTerm(termId: string | null) {
  const [state, setState] = useState<{
    id: string;
    term: GlossaryTerm;
    related: GlossaryTerm[];
  } | null>(null);
  useEffect(() => {
    if (termId === null) return;
    const request = { cancelled: false };
    void loadTerm(termId).then((loaded) => {
      if (!request.cancelled && loaded) setState({ id: termId, ...loaded });
    });
    return () => {
      request.cancelled = true;
    };
  }, [termId]);
  return state !== null && state.id === termId ? state : null;
}

async function loadTerm(termId: string) {
  try {
    const term = await api().glossary.get(termId);
    await api()
      .usage.record({ type: 'glossary.open', termId })
      .catch(() => undefined);
    const related = await Promise.all(
      term.related.map((id) =>
        api()
          .glossary.get(id)
          .catch(() => null),
      ),
    );
    return { term, related: related.filter((item) => item !== null) };
  } catch {
    return null;
  }
}
