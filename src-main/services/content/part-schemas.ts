import type { z } from 'zod';
import { catalogueSchema } from '../../api/contract/catalogue';

/**
 * The schema registry of the content bundle's parts: one line per part its owner has
 * defined. A bundle whose registered part fails its schema is refused whole; a part with
 * no schema here yet is carried (hashed and signed like the others) but reported as
 * unchecked, and nothing reads it.
 *
 * Owners, add your line here:
 *   sheets          — help-sheet packs (issue 4, portal)
 *   glossary        — the digital glossary (issue 8, tools)
 *   deadline-rules  — the pense-bête deadline rules (issue 8, tools)
 */
export const CONTENT_PART_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  catalogue: catalogueSchema,
};

/** The part names the federation publishes today; others are refused by the signing CLI. */
export const KNOWN_PART_NAMES = ['catalogue', 'sheets', 'glossary', 'deadline-rules'] as const;
