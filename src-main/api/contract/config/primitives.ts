import { z } from 'zod';

const FORMAT_NAMES = new Map<string, string>();

/**
 * Builds a string schema checked by a regular expression (which the generated JSON
 * Schema keeps as `pattern`). The pattern is registered under a name so that a
 * validation issue says "phone" rather than the regular expression, and the admin UI
 * can show a plain French message per format.
 */
export function formattedString(pattern: RegExp, format: string, description: string) {
  FORMAT_NAMES.set(String(pattern), format);
  return z
    .string()
    .regex(pattern, { message: `must be ${description}` })
    .describe(description);
}

/** The registered name of a pattern ("/^\\d{5}$/" as zod reports it), if formattedString built it. */
export function formatNameOf(patternSource: string | undefined): string | undefined {
  return patternSource === undefined ? undefined : FORMAT_NAMES.get(patternSource);
}

/** A lowercase identifier used in URLs, statistics and file names. */
export const slug = formattedString(
  /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
  'slug',
  'a lowercase identifier (a-z, 0-9, dashes)',
);

/** "HH:MM", 24-hour clock. */
export const clockTime = formattedString(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'time', 'a time as HH:MM');

/** "YYYY-MM-DD". */
export const isoDate = formattedString(
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  'date',
  'a date as YYYY-MM-DD',
);

/** A French phone number as people write it: "03 20 12 34 56", "+33 3 20 12 34 56". */
export const frenchPhone = formattedString(
  /^(?:\+33\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}$/,
  'phone',
  'a French phone number',
);

export const postcode = formattedString(/^\d{5}$/, 'postcode', 'a five-digit postcode');

/** BCP 47 language tag as used by i18next: "fr", "en", "ar", "fr-x-falc". */
export const localeCode = formattedString(
  /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/,
  'locale',
  'a language code such as fr, en or ar',
);

export const httpsUrl = z
  .string()
  .max(2000)
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be an https:// address', params: { format: 'https-url' } },
  );

/** Visible text: trimmed length between bounds, no control characters. */
export function plainText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
      message: 'must not contain control characters',
      params: { format: 'plain-text' },
    });
}
