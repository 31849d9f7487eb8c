import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../src-main/api/contract/glossary';
import { useLocalized } from '../use-namespaces';
import { GlossaryText } from './GlossaryText';

interface TermViewProps {
  term: GlossaryTerm;
  /** Labels of the related terms, by id, in the current language. */
  relatedLabels: Readonly<Record<string, string>>;
  onOpenTerm(termId: string): void;
}

/** One term: its name, its plain definition, and the terms to read next. */
export function TermView({ term, relatedLabels, onOpenTerm }: TermViewProps) {
  const { t } = useTranslation('tools');
  const text = useLocalized();
  return (
    <article className="glossary-term" aria-labelledby={`term-${term.id}`}>
      <h3 id={`term-${term.id}`} dir="auto">
        {text(term.term)}
      </h3>
      <p className="glossary-definition" dir="auto">
        <GlossaryText text={text(term.definition)} onOpenTerm={onOpenTerm} />
      </p>
      {term.related.length > 0 ? (
        <p className="glossary-related">
          {t('glossary.seeAlso')}{' '}
          {term.related.map((id, index) => (
            <span key={id}>
              {index > 0 ? ', ' : null}
              <button type="button" className="glossary-link" onClick={() => onOpenTerm(id)}>
                {relatedLabels[id] ?? id}
              </button>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}
