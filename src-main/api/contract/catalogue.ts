import { z } from 'zod';
import { formattedString, httpsUrl, localeCode, plainText, slug } from './config/primitives';

/**
 * The catalogue of démarches: the base one ships in kiosk-config/ (and later comes signed
 * from the federation), the centre adds its own custom links in its config. Texts are
 * per language, French required; the portal falls back to French.
 */
export function localizedText(min: number, max: number) {
  return z.record(localeCode, plainText(min, max)).refine((texts) => typeof texts.fr === 'string', {
    message: 'a French text is required',
    params: { format: 'french-required' },
  });
}
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

/**
 * A host an allowlist rule names: "www.caf.fr" (that host only) or "*.caf.fr" (caf.fr and
 * every subdomain). Lowercase ASCII (IDN hosts in punycode), no port, no path.
 */
export const hostRule = formattedString(
  /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
  'host-rule',
  'a host name such as www.caf.fr, or *.caf.fr for every subdomain',
);

export const LOGIN_PROVIDER_IDS = ['franceconnect', 'franceconnect-plus'] as const;
export const loginProviderId = z.enum(LOGIN_PROVIDER_IDS);
export type LoginProviderId = z.infer<typeof loginProviderId>;

export const demarcheSchema = z.strictObject({
  id: slug,
  themeId: slug,
  /** What the resident says: "Imprimer mon attestation CAF". */
  title: localizedText(2, 100),
  summary: localizedText(2, 300),
  startUrl: httpsUrl,
  /** Who runs the site, as residents name it ("CAF", "Ameli", "impots.gouv.fr"). */
  siteName: plainText(2, 60).optional(),
  /**
   * For referents and maintainers, never shown to residents: where the start URL comes
   * from, e.g. when it is the account's entry page and the démarche is a menu inside it.
   */
  note: plainText(2, 500).optional(),
  /** Hosts the journey needs at the top level, beyond the login providers. */
  domains: z.array(hostRule).min(1).max(50),
  /** Login providers the journey may pass through; their hosts join the allowlist for it. */
  loginProviders: z.array(loginProviderId).max(2).default([]),
  /** Whether the site usually gives a document to print (attestation, récépissé…). */
  givesPdf: z.boolean(),
  /** How the site may send a verification code, so the resident brings their phone. */
  verificationCode: z
    .array(z.enum(['email', 'sms', 'app']))
    .max(3)
    .default([]),
  /** "Avoir son numéro allocataire", "son téléphone pour recevoir un code". */
  prerequisites: z.array(localizedText(2, 160)).max(8).default([]),
  /** Extra words people type: acronyms, old names, common misspellings. */
  keywords: z.array(z.string().trim().min(2).max(40)).max(40).default([]),
  /** The help sheet shown beside the site; a centre's own link may have none. */
  sheetId: slug.optional(),
  /** "base": from the catalogue; "centre": a custom link of the centre's config. */
  origin: z.enum(['base', 'centre']).default('base'),
});
export type Demarche = z.infer<typeof demarcheSchema>;

export const themeSchema = z.strictObject({
  id: slug,
  title: localizedText(2, 40),
  /** Name of an icon in the renderer's icon set. */
  icon: slug,
});
export type Theme = z.infer<typeof themeSchema>;

export const catalogueSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(1),
  /** Increases with every publication; a borne never goes back to an older one. */
  version: formattedString(
    /^\d{4}\.\d{1,2}\.\d{1,3}$/,
    'catalogue-version',
    'a version such as 2026.11.1',
  ),
  loginProviders: z.strictObject({
    franceconnect: z.array(hostRule).min(1),
    'franceconnect-plus': z.array(hostRule).min(1),
  }),
  themes: z.array(themeSchema).min(1).max(40),
  demarches: z.array(demarcheSchema).min(1).max(2000),
  /**
   * Words residents use for the same thing ("apl", "aide au logement"): a démarche that
   * mentions one is also found by the others. Written in plain lowercase, accents allowed.
   */
  synonyms: z
    .array(z.array(z.string().trim().min(2).max(60)).min(2).max(20))
    .max(500)
    .default([]),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
