import { z } from 'zod';

/**
 * The federation's update server: an https address, or http on this machine's loopback
 * (a test server, or a local mirror). No credentials, no query: it is a public folder.
 */
export const updateServerUrl = z
  .string()
  .max(500)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
        return (
          (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) &&
          url.username === '' &&
          url.password === '' &&
          url.search === '' &&
          url.hash === ''
        );
      } catch {
        return false;
      }
    },
    { message: 'must be an https:// address', params: { format: 'https-url' } },
  );

/**
 * Updates of the app and of the federation's content (catalogue, sheet packs, glossary,
 * deadline rules). "pilot" centres get new versions first. Updates install only when no
 * resident session is open, preferably while the centre is closed.
 */
export const updatesSchema = z
  .strictObject({
    /** Base address of the federation's update server; null = no automatic updates. */
    server: updateServerUrl.nullable().default(null),
    channel: z.enum(['stable', 'pilot']).default('stable'),
    /** How often to look for new content and a new version of the app. */
    checkEveryHours: z.int().min(1).max(168).default(6),
  })
  .default({ server: null, channel: 'stable', checkEveryHours: 6 });

export type UpdateSettings = z.infer<typeof updatesSchema>;

/** Where the content bundle of a channel lives on the update server (see installers/README.md). */
export function contentBundleUrl(settings: UpdateSettings): string | null {
  if (!settings.server) return null;
  return `${settings.server.replace(/\/+$/, '')}/content/${settings.channel}/borne-content.bundle`;
}
