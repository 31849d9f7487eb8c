import { z } from 'zod';
import { REFUSAL_REASONS } from '../../../policy/allowlist/url-screen';
import { localizedText } from '../catalogue';
import { localeCode, slug } from '../config/primitives';
import { KEYBOARD_LAYOUTS } from '../config/kiosk';
import { publicMethod } from '../define';

/** A rectangle of the UI window in CSS pixels (the UI is never zoomed: CSS px = DIP). */
export const viewArea = z.strictObject({
  x: z.int().min(0).max(16384),
  y: z.int().min(0).max(16384),
  width: z.int().min(1).max(16384),
  height: z.int().min(1).max(16384),
});
export type ViewArea = z.infer<typeof viewArea>;

export const SITE_STATUSES = ['closed', 'loading', 'showing', 'load-failed'] as const;
/** Keys the on-screen keyboard sends besides text. */
export const SITE_KEYS = ['Backspace', 'Enter', 'Tab', 'ArrowLeft', 'ArrowRight'] as const;
export type SiteKey = (typeof SITE_KEYS)[number];

/** A file of the resident's session folder, offered to a site's file chooser. */
export const offeredFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^./\\:\u0000-\u001f][^/\\:\u0000-\u001f]*$/, { message: 'must be a plain file name' });

export const siteStateDto = z.object({
  status: z.enum(SITE_STATUSES),
  /** The démarche open in the site view. */
  demarcheId: z.string().nullable(),
  title: localizedText(1, 100).nullable(),
  /** Its help sheet, shown beside the site. */
  sheetId: z.string().nullable(),
  /** The host of the page shown (never the path or query). */
  host: z.string().nullable(),
  canGoBack: z.boolean(),
  /** The last navigation the allowlist refused, until the resident goes back to the site. */
  refusal: z.object({ host: z.string().nullable(), reason: z.enum(REFUSAL_REASONS) }).nullable(),
  /** "native": an Electron view over the UI; "represented": the preview host's stand-in. */
  view: z.enum(['native', 'represented']),
  /** Where the view sits now; null while hidden (a modal is open, another screen shows). */
  area: viewArea.nullable(),
  /** Layouts of the on-screen keyboard; empty when the centre has it off. */
  keyboardLayouts: z.array(z.enum(KEYBOARD_LAYOUTS)),
  /** A site asked for a file: the session folder's files to choose from. */
  fileChooser: z
    .object({
      multiple: z.boolean(),
      files: z.array(z.object({ name: z.string(), sizeBytes: z.int().min(0) })),
    })
    .nullable(),
});
export type SiteStateDto = z.infer<typeof siteStateDto>;

/** Text typed on the on-screen keyboard: short, no control characters. */
const typedText = z
  .string()
  .min(1)
  .max(100)
  .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), {
    message: 'must not contain control characters',
    params: { format: 'plain-text' },
  });

export const siteContract = {
  /** Opens a démarche's official site (starts the resident session if needed). */
  open: publicMethod(
    z.tuple([z.strictObject({ demarcheId: slug, language: localeCode })]),
    siteStateDto,
  ),
  /** "Retour": back in the site's history; false when there is nothing to go back to. */
  back: publicMethod(z.tuple([]), z.object({ wentBack: z.boolean() })),
  /** "Accueil": closes the site view; the resident session (and its logins) goes on. */
  home: publicMethod(z.tuple([]), siteStateDto),
  /** Loads the page again after it failed to load (offline, site down). */
  retry: publicMethod(z.tuple([]), siteStateDto),
  getState: publicMethod(z.tuple([]), siteStateDto),
  /** Where the UI leaves room for the site view; null hides it (modal, help, other screen). */
  setLayout: publicMethod(
    z.tuple([z.strictObject({ area: viewArea.nullable() })]),
    z.object({ applied: z.boolean() }),
  ),
  /** On-screen keyboard: types into the site's focused field only. */
  insertText: publicMethod(z.tuple([typedText]), z.object({ inserted: z.boolean() })),
  pressKey: publicMethod(z.tuple([z.enum(SITE_KEYS)]), z.object({ pressed: z.boolean() })),
  /** The resident read the refused page and goes back to the site. */
  acknowledgeRefusal: publicMethod(z.tuple([]), siteStateDto),
  /** The answer to a file chooser: names from the offered list; none cancels. */
  chooseFiles: publicMethod(
    z.tuple([z.array(offeredFileName).max(10)]),
    z.object({ chosen: z.int().min(0) }),
  ),
  /** Input in the borne's UI: restarts the idle time, cancels "Êtes-vous toujours là ?". */
  reportActivity: publicMethod(z.tuple([]), z.object({ countdownCancelled: z.boolean() })),
};
