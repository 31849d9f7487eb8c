import { z } from 'zod';
import { slug } from '../config/primitives';
import { publicMethod } from '../define';

/** The answers of the optional questions, as recorded in `question` statistics. */
export const AGE_BRACKET_ANSWERS = ['moins-de-26', '26-59', '60-et-plus'] as const;
export const FIRST_VISIT_ANSWERS = ['oui', 'non'] as const;
export type AgeBracketAnswer = (typeof AGE_BRACKET_ANSWERS)[number];
export type FirstVisitAnswer = (typeof FIRST_VISIT_ANSWERS)[number];

/** What the resident portal needs of the centre's config, and nothing more. */
export const portalSettingsDto = z.object({
  /** Theme tiles in the centre's order; `label` is the centre's own French wording. */
  themes: z.array(
    z.object({ id: slug, visible: z.boolean(), label: z.string().max(40).optional() }),
  ),
  optionalQuestions: z.object({
    enabled: z.boolean(),
    ageBracket: z.boolean(),
    firstVisit: z.boolean(),
  }),
});
export type PortalSettingsDto = z.infer<typeof portalSettingsDto>;

export const portalContract = {
  getSettings: publicMethod(z.tuple([]), portalSettingsDto),
  /**
   * Ids of the démarches most opened at this borne lately (counted by sessions; a démarche
   * shows only once several sessions opened it), most used first.
   */
  mostUsed: publicMethod(z.tuple([z.int().min(1).max(12)]), z.array(slug)),
};
