import { z } from 'zod';
import {
  formattedString,
  frenchPhone,
  httpsUrl,
  plainText,
  postcode,
  slug,
} from './config/primitives';

/**
 * The directory of local help: structures a resident can be sent to. French texts (the
 * territory shares one list); the labels of kinds, needs and accessibility are
 * translated by the UI. The CSV columns are described in docs/annuaire.md.
 */
export const STRUCTURE_KINDS = [
  'france-services',
  'ccas',
  'mairie',
  'mediation-numerique',
  'emmaus-connect',
  'association',
  'caf-cpam',
  'autre',
] as const;
export const structureKind = z.enum(STRUCTURE_KINDS);
export type StructureKind = z.infer<typeof structureKind>;

/** What a resident needs help with: the directory's filter. */
export const HELP_NEEDS = [
  'papiers',
  'caf',
  'emploi',
  'impots',
  'sante',
  'logement',
  'energie',
  'retraite',
  'numerique',
  'materiel',
  'juridique',
  'ecrivain-public',
  'famille',
] as const;
export const helpNeed = z.enum(HELP_NEEDS);
export type HelpNeed = z.infer<typeof helpNeed>;

export const ACCESSIBILITY_TAGS = ['fauteuil', 'boucle-magnetique', 'lsf', 'falc'] as const;
export const accessibilityTag = z.enum(ACCESSIBILITY_TAGS);

export const APPOINTMENT_MODES = ['sans-rdv', 'sur-rdv', 'les-deux'] as const;

const email = formattedString(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email', 'an e-mail address');

export const structureSchema = z.strictObject({
  id: slug,
  name: plainText(2, 120),
  kind: structureKind,
  needs: z.array(helpNeed).min(1).max(HELP_NEEDS.length),
  /** What they do, in a sentence or two. */
  description: plainText(0, 600).default(''),
  street: plainText(2, 160),
  postcode,
  city: plainText(1, 80),
  /** As people write it: "Lun-ven 9h-12h, 14h-17h". */
  hours: plainText(0, 200).default(''),
  phone: frenchPhone.optional(),
  email: email.optional(),
  website: httpsUrl.optional(),
  accessibility: z.array(accessibilityTag).max(ACCESSIBILITY_TAGS.length).default([]),
  /** Languages spoken besides French: "arabe", "anglais". */
  languages: z.array(plainText(2, 30)).max(10).default([]),
  appointment: z.enum(APPOINTMENT_MODES).optional(),
  /** Demo entries shipped with the borne: shown with a "démo" mark until replaced. */
  demo: z.boolean().default(false),
});
export type Structure = z.infer<typeof structureSchema>;
export type StructureInput = z.input<typeof structureSchema>;

export const directoryQuerySchema = z.strictObject({
  /** What the person typed; searched, never recorded. */
  text: z.string().max(200).default(''),
  need: helpNeed.optional(),
  city: plainText(1, 80).optional(),
  offset: z.int().min(0).max(100_000).default(0),
  limit: z.int().min(1).max(200).default(30),
});
export type DirectoryQuery = z.input<typeof directoryQuerySchema>;

export const structureId = slug;
