/**
 * The link a text uses to point at a glossary term: [mot](lexique:identifiant), as in
 * Markdown (docs/lexique.md). Help sheets and definitions write it; this splits a text
 * into plain parts and links, so each UI renders the links its own way.
 */
export type GlossarySegment = { text: string } | { text: string; termId: string };

const LINK = /\[([^\]\n]{1,80})\]\(lexique:([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\)/g;

export function glossarySegments(text: string): GlossarySegment[] {
  const segments: GlossarySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label, termId] = match;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    if (label !== undefined && termId !== undefined) segments.push({ text: label, termId });
    last = match.index + whole.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The text without link marks, for places that cannot show a link (printed tickets). */
export function withoutGlossaryLinks(text: string): string {
  return glossarySegments(text)
    .map((segment) => segment.text)
    .join('');
}
