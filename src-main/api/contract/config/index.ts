import { z } from 'zod';
import { centreIdentitySchema } from './identity';
import { portalSchema } from './portal';
import { printingSchema } from './printing';
import { languagesSchema, profileSchema } from './profile';
import { sessionSchema } from './session';
import { statsSchema } from './stats';
import { updatesSchema } from './updates';
import { kioskSchema } from './kiosk';

export const CONFIG_SCHEMA_VERSION = 1;

/**
 * The whole centre configuration. Each section lives in its own file; sections added
 * later get defaults so that an older file on disk stays valid.
 */
export const centreConfigSchema = z.strictObject({
  /** Editors' hint only (points at the generated JSON Schema). */
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
  centre: centreIdentitySchema,
  profile: profileSchema,
  languages: languagesSchema,
  session: sessionSchema,
  portal: portalSchema,
  printing: printingSchema,
  stats: statsSchema,
  updates: updatesSchema,
  kiosk: kioskSchema,
});

/** A configuration as validated, defaults applied. */
export type CentreConfig = z.output<typeof centreConfigSchema>;
/** A configuration as a person or an editor may write it (defaults optional). */
export type CentreConfigInput = z.input<typeof centreConfigSchema>;
