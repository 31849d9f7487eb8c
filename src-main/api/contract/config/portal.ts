import { z } from 'zod';
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
  })
  .default({ themes: DEFAULT_THEME_IDS.map((id) => ({ id, visible: true })) });

export type PortalSettings = z.infer<typeof portalSchema>;
