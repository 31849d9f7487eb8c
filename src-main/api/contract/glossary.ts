import { z } from 'zod';
import { localizedText } from './catalogue';
import { formattedString, plainText, slug } from './config/primitives';

/**
 * The glossary ("lexique", after the prototype "Quand les enfants deviennent profs"):
 * plain definitions of digital words, per language, French required. A definition may
 * link another term with [mot](lexique:identifiant), the same link help sheets use
 * (docs/lexique.md).
 */
export const GLOSSARY_LINK_PATTERN =
  /\[([^\]\n]{1,80})\]\(lexique:([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\)/g;

/** The text without link marks: "[mot](lexique:id)" → "mot" (for paper, and for search). */
export function withoutGlossaryLinks(text: string): string {
  return text.replace(GLOSSARY_LINK_PATTERN, '$1');
}

export const glossaryTermSchema = z.strictObject({
  id: slug,
  term: localizedText(1, 60),
  definition: localizedText(10, 600),
  /** Other words people type for it: "mdp", "login", "courriel". */
  aliases: z.array(plainText(1, 40)).max(12).default([]),
  /** Terms to read next. */
  related: z.array(slug).max(8).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A file to share a glossary between centres, as the sheets are shared. */
export const glossaryPackSchema = z
  .strictObject({
    format: z.literal('borne-glossary-pack'),
    formatVersion: z.literal(1),
    name: plainText(2, 120),
    version: formattedString(
      /^\d{4}\.\d{1,2}\.\d{1,3}$/,
      'pack-version',
      'a version such as 2026.11.1',
    ).optional(),
    terms: z.array(glossaryTermSchema).min(1).max(2000),
  })
  .refine((pack) => new Set(pack.terms.map((term) => term.id)).size === pack.terms.length, {
    message: 'each term id may appear only once',
    params: { format: 'unique-ids' },
  });
export type GlossaryPack = z.infer<typeof glossaryPackSchema>;
