import { z } from 'zod';
import { customLinksSchema, demarcheSettingsSchema } from './portal-demarches';
import { plainText, slug } from './primitives';

/** A theme tile on the home screen; the array order is the display order. */
export const themeSettingSchema = z.strictObject({
  id: slug,
  visible: z.boolean().default(true),
  /** The centre's own wording; absent = the catalogue's translated label. */
  label: plainText(2, 40).optional(),
});

export const DEFAULT_THEME_IDS = [
  'famille-caf',
  'sante',
  'emploi',
  'impots',
  'papiers',
  'logement',
  'retraite',
  'energie',
  'ecole',
  'transports',
  'banque-poste',
  'mairie-local',
] as const;

export const portalSchema = z
  .strictObject({
    themes: z
      .array(themeSettingSchema)
      .max(40)
      .refine((themes) => new Set(themes.map((theme) => theme.id)).size === themes.length, {
        message: 'each theme may appear only once',
        params: { format: 'unique-ids' },
      }),
    /** Show, hide, order and re-keyword the catalogue's démarches (absent = as published). */
    demarches: demarcheSettingsSchema.default([]),
    /** The centre's own links, merged among the démarches of their theme. */
    customLinks: customLinksSchema.default([]),
  })
  .default({
    themes: DEFAULT_THEME_IDS.map((id) => ({ id, visible: true })),
    demarches: [],
    customLinks: [],
  });

export type PortalSettings = z.infer<typeof portalSchema>;
