import { Fragment } from 'react';
import { glossarySegments } from './glossary-links';

interface GlossaryTextProps {
  text: string;
  /** Opens the glossary at a term (the dialog, or the term on the glossary page). */
  onOpenTerm(termId: string): void;
}

/** A text whose [mot](lexique:id) marks become buttons that open the term. */
export function GlossaryText({ text, onOpenTerm }: GlossaryTextProps) {
  return (
    <>
      {glossarySegments(text).map((segment, index) =>
        'termId' in segment ? (
          <button
            key={index}
            type="button"
            className="glossary-link"
            onClick={() => onOpenTerm(segment.termId)}
          >
            {segment.text}
          </button>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
