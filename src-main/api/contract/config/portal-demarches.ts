import { z } from 'zod';
import { hostRule } from '../catalogue';
import { httpsUrl, plainText, slug } from './primitives';

const keyword = z.string().trim().min(2).max(40);

/**
 * The centre's changes to one démarche of the base catalogue. Keywords are stored as a
 * difference (added, removed) rather than a copy, so that keywords the federation adds
 * in a later catalogue still reach this borne. The array order is the display order
 * within a theme; démarches not listed follow in the catalogue's order.
 */
export const demarcheSettingSchema = z.strictObject({
  id: slug,
  visible: z.boolean().default(true),
  keywords: z
    .strictObject({
      add: z.array(keyword).max(40).default([]),
      remove: z.array(keyword).max(40).default([]),
    })
    .default({ add: [], remove: [] }),
});

/**
 * A link of the centre's own (mairie, CCAS, a local association), shown among the
 * démarches of a theme. `domains` has the same shape as a démarche's, so the allowlist
 * treats both alike. Its place and visibility are set in `portal.demarches` like any
 * démarche's.
 */
export const customLinkSchema = z
  .strictObject({
    id: slug,
    themeId: slug,
    title: plainText(2, 100),
    summary: plainText(2, 300).optional(),
    url: httpsUrl,
    domains: z.array(hostRule).min(1).max(50),
    keywords: z.array(keyword).max(40).default([]),
  })
  .refine(
    // An address that is itself wrong has its own message; no second one here.
    (link) =>
      hostOf(link.url) === '' ||
      link.domains.some((rule) => hostMatchesRule(hostOf(link.url), rule)),
    {
      // Otherwise the allowlist would refuse the link's very first page.
      message: "the link's own host must be among its domains",
      params: { format: 'url-host-in-domains' },
      path: ['domains'],
    },
  );

/** "www.caf.fr" matches only itself; "*.caf.fr" matches caf.fr and every subdomain. */
export function hostMatchesRule(host: string, rule: string): boolean {
  const name = host.toLowerCase();
  if (!rule.startsWith('*.')) return name === rule;
  const base = rule.slice(2);
  return name === base || name.endsWith(`.${base}`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function uniqueIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

export const demarcheSettingsSchema = z
  .array(demarcheSettingSchema)
  .max(2000)
  .refine(uniqueIds, {
    message: 'each démarche may appear only once',
    params: { format: 'unique-ids' },
  });

export const customLinksSchema = z
  .array(customLinkSchema)
  .max(100)
  .refine(uniqueIds, {
    message: 'each custom link needs its own identifier',
    params: { format: 'unique-ids' },
  });

export type DemarcheSetting = z.infer<typeof demarcheSettingSchema>;
export type CustomLink = z.infer<typeof customLinkSchema>;
