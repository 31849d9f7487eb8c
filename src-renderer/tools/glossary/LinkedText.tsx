import { Fragment } from 'react';
import { GlossaryLink } from './GlossaryDialog';
import { glossarySegments } from './glossary-links';

/**
 * A resident-facing text (a help sheet paragraph, a pense-bête line) whose
 * [mot](lexique:id) marks open the glossary dialog at that term.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {glossarySegments(text).map((segment, index) =>
        'termId' in segment ? (
          <GlossaryLink key={index} termId={segment.termId}>
            {segment.text}
          </GlossaryLink>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
