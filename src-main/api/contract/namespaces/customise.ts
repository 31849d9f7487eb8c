import { z } from 'zod';
import { adminMethod } from '../define';
import { validationIssueDto } from '../validation-dto';
import { centreDto } from './centre';

const texts = z.record(z.string(), z.string());

export const themeEntryDto = z.object({
  id: z.string(),
  title: texts,
  icon: z.string(),
  visible: z.boolean(),
  label: z.string().optional(),
});

export const demarcheEntryDto = z.object({
  id: z.string(),
  themeId: z.string(),
  title: texts,
  url: z.string(),
  origin: z.enum(['base', 'centre']),
  visible: z.boolean(),
  /** Keywords in force (the centre's changes applied). */
  keywords: z.array(z.string()),
  /** Keywords as the catalogue publishes them, to compute the centre's changes. */
  publishedKeywords: z.array(z.string()),
});

/** A draft config seen as the resident would see it, with every issue it has. */
export const customisePreviewDto = z.object({
  issues: z.array(validationIssueDto),
  /** Every theme, in the draft's order, hidden ones included. */
  themes: z.array(themeEntryDto),
  /** Every démarche and custom link, in the draft's order, hidden ones included. */
  demarches: z.array(demarcheEntryDto),
  /** The home screen's identity block, when the draft's identity is valid. */
  centre: centreDto.nullable(),
  logo: z.string().nullable(),
});
export type CustomisePreviewDto = z.infer<typeof customisePreviewDto>;
export type ThemeEntryDto = z.infer<typeof themeEntryDto>;
export type DemarcheEntryDto = z.infer<typeof demarcheEntryDto>;

/** Base64 of at most 1 MiB, plus slack; a bigger upload fails before reaching the service. */
const LOGO_UPLOAD_MAX_CHARS = 1_500_000;

export const customiseContract = {
  /** Dry run of a draft: issues by field, the lists as the editor shows them, the home screen. */
  preview: adminMethod(z.tuple([z.unknown()]), customisePreviewDto),
  /** Stores a logo (bytes checked); put the returned name in centre.logo and save. */
  uploadLogo: adminMethod(
    z.tuple([z.string().max(LOGO_UPLOAD_MAX_CHARS)]),
    z.object({ fileName: z.string(), dataUrl: z.string() }),
  ),
};
