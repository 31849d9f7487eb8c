import { hasPunycodeLabel } from './host-rule-set';

/**
 * Why a navigation was refused. The UI turns each into a plain sentence; statistics
 * keep only the host.
 * - unparseable: not an address at all
 * - not-https: plain http:
 * - scheme: a browser-internal or script scheme (file:, data:, javascript:, blob:, chrome:,
 *   devtools:, view-source:, about: other than about:blank…)
 * - external-app: a scheme another program would open (mailto:, tel:, ms-settings:…)
 * - credentials: a user name or password in the address (https://caf.fr@evil.example)
 * - ip-address: an IPv4 or IPv6 literal instead of a name
 * - host-form: a name no official site uses (no dot, "localhost", a trailing dot)
 * - port: a port other than https' own
 * - idn: an internationalised (punycode) name that no rule writes out in full
 * - host-not-allowed: a well-formed https address outside this journey's allowlist
 */
export const REFUSAL_REASONS = [
  'unparseable',
  'not-https',
  'scheme',
  'external-app',
  'credentials',
  'ip-address',
  'host-form',
  'port',
  'idn',
  'host-not-allowed',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Schemes of the browser itself, of scripts or of local files: never a page to show. */
const INTERNAL_SCHEMES = new Set([
  'file:',
  'data:',
  'javascript:',
  'blob:',
  'filesystem:',
  'about:',
  'chrome:',
  'chrome-untrusted:',
  'chrome-extension:',
  'chrome-error:',
  'chrome-search:',
  'chrome-devtools:',
  'devtools:',
  'edge:',
  'view-source:',
  'app:',
  'ws:',
  'wss:',
  'ftp:',
]);

export type ScreenedUrl =
  { ok: true; url: URL; host: string } | { ok: false; reason: RefusalReason; url: URL | null };

/**
 * Parses an address and applies the checks shared by every rule (top level, frames,
 * subresources): https, no credentials, a proper DNS name. What is left to decide is
 * whether the host is allowed, which depends on the rule.
 */
export function screenHttpsUrl(raw: string): ScreenedUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'unparseable', url: null };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, reason: schemeReason(url.protocol), url };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials', url };
  const host = url.hostname;
  if (isIpLiteral(host)) return { ok: false, reason: 'ip-address', url };
  if (!isDnsName(host)) return { ok: false, reason: 'host-form', url };
  if (url.port !== '') return { ok: false, reason: 'port', url };
  return { ok: true, url, host };
}

export function schemeReason(protocol: string): RefusalReason {
  if (protocol === 'http:') return 'not-https';
  return INTERNAL_SCHEMES.has(protocol) ? 'scheme' : 'external-app';
}

/** `about:blank` is an empty page (pop-ups start there); every other about: page is the browser's. */
export function isAboutBlank(url: URL): boolean {
  return url.protocol === 'about:' && url.pathname === 'blank';
}

/** After WHATWG parsing, IPv4 in any notation (0x7f.1, 2130706433) reads as dotted decimal. */
function isIpLiteral(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

/** At least two labels, no trailing dot, not a loopback name. */
function isDnsName(host: string): boolean {
  if (host === '' || host.endsWith('.') || !host.includes('.')) return false;
  return host !== 'localhost' && !host.endsWith('.localhost');
}

export { hasPunycodeLabel };
