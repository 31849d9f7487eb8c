import type { HostRuleSet } from './host-rule-set';
import { hasPunycodeLabel, isAboutBlank, screenHttpsUrl, type RefusalReason } from './url-screen';

export type NavigationDecision =
  { allowed: true; host: string } | { allowed: false; reason: RefusalReason; host: string | null };

/**
 * The rule for top-level navigations of the site view: https to a host of this journey's
 * allowlist, or about:blank. Everything else is refused with its reason.
 *
 * IDN: a host with a punycode label passes only when a rule writes that label out (an
 * exact rule for the host, or a wildcard above it); a wildcard never admits a look-alike
 * below it, and an unlisted IDN host is reported as "idn" rather than "not allowed".
 */
export function decideTopLevel(raw: string, rules: HostRuleSet): NavigationDecision {
  const screened = screenHttpsUrl(raw);
  if (!screened.ok) {
    if (screened.url && isAboutBlank(screened.url)) return { allowed: true, host: '' };
    return { allowed: false, reason: screened.reason, host: hostOf(screened.url) };
  }
  const { host } = screened;
  const match = rules.match(host);
  if (match?.punycodeNamedByRule) return { allowed: true, host };
  const reason = hasPunycodeLabel(host) ? 'idn' : 'host-not-allowed';
  return { allowed: false, reason, host };
}

function hostOf(url: URL | null): string | null {
  return url && url.hostname !== '' ? url.hostname : null;
}
