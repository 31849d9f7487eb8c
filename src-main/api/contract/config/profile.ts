import { z } from 'zod';
import { localeCode, plainText } from './primitives';

/**
 * "borne": the locked kiosk at the reception desk. "nomade": a laptop taken out for
 * "aller vers" sessions, windowed, with its statistics tagged by place or event.
 */
export const profileSchema = z
  .strictObject({
    kind: z.enum(['borne', 'nomade']),
    placeTag: plainText(2, 60).optional(),
  })
  .default({ kind: 'borne' });

export const languagesSchema = z
  .strictObject({
    default: localeCode,
    offered: z.array(localeCode).min(1).max(12),
  })
  .refine((languages) => languages.offered.includes(languages.default), {
    message: 'the default language must be one of the offered languages',
    params: { format: 'default-language-offered' },
    path: ['default'],
  })
  .default({ default: 'fr', offered: ['fr', 'en', 'ar'] });

export type Profile = z.infer<typeof profileSchema>;
export type Languages = z.infer<typeof languagesSchema>;
