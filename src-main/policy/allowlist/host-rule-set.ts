/**
 * Host rules as the catalogue and the centre's config write them: "www.caf.fr" names that
 * host only, "*.caf.fr" names caf.fr and every subdomain of it. A compiled set matches a
 * parsed, normalised hostname (lowercase ASCII, IDN in punycode, as `new URL()` gives it)
 * exactly or by dot-suffix, label by label: never by substring, so "evilcaf.fr",
 * "caf.fr.evil.com" and "www.caf.fr-evil.com" never match "*.caf.fr".
 */
export interface HostMatch {
  /** The rule as written ("*.caf.fr"). */
  rule: string;
  /**
   * Whether every punycode ("xn--") label of the host is written literally in the rule.
   * A wildcard never vouches for the labels it stands for (see docs/kiosk-shell.md, IDN).
   */
  punycodeNamedByRule: boolean;
}

export interface HostRuleSet {
  match(host: string): HostMatch | null;
  readonly size: number;
}

export interface IgnoredRule {
  rule: string;
  reason: 'malformed' | 'too-broad';
}

export interface CompiledHostRules {
  set: HostRuleSet;
  /** Rules left out, for the admin notices; a left-out rule admits nothing. */
  ignored: IgnoredRule[];
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Registrable suffixes shared by unrelated owners: "*.gouv.fr" would admit every state
 * site, "*.github.io" anyone's page. A wildcard over one of these is refused; name the
 * hosts instead. Short on purpose: the catalogue is reviewed, this catches slips.
 */
const SHARED_SUFFIXES = new Set([
  'gouv.fr',
  'asso.fr',
  'com.fr',
  'nom.fr',
  'presse.fr',
  'tm.fr',
  'co.uk',
  'org.uk',
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'blogspot.com',
  'wordpress.com',
  'azurewebsites.net',
  'cloudfront.net',
  'appspot.com',
]);

export function compileHostRules(rules: Iterable<string>): CompiledHostRules {
  const exact = new Map<string, string>();
  const wildcard = new Map<string, string>();
  const ignored: IgnoredRule[] = [];
  for (const raw of rules) {
    const rule = raw.trim().toLowerCase();
    const isWildcard = rule.startsWith('*.');
    const domain = isWildcard ? rule.slice(2) : rule;
    if (!isWellFormedDomain(domain)) {
      ignored.push({ rule: raw, reason: 'malformed' });
    } else if (isWildcard && (SHARED_SUFFIXES.has(domain) || !domain.includes('.'))) {
      ignored.push({ rule: raw, reason: 'too-broad' });
    } else if (isWildcard) {
      wildcard.set(domain, rule);
    } else {
      exact.set(domain, rule);
    }
  }
  return { set: new RuleSet(exact, wildcard), ignored };
}

function isWellFormedDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  // The last label is a TLD: letters first, so "1.2.3.4" is never a rule.
  if (!/^[a-z]/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LABEL.test(label));
}

class RuleSet implements HostRuleSet {
  constructor(
    private readonly exact: ReadonlyMap<string, string>,
    /** Domain ("caf.fr") → rule ("*.caf.fr"). */
    private readonly wildcard: ReadonlyMap<string, string>,
  ) {}

  get size(): number {
    return this.exact.size + this.wildcard.size;
  }

  match(host: string): HostMatch | null {
    const exactRule = this.exact.get(host);
    if (exactRule !== undefined) return { rule: exactRule, punycodeNamedByRule: true };
    // Walk the dot-suffixes: "a.b.caf.fr" tries "a.b.caf.fr", "b.caf.fr", "caf.fr", "fr".
    let start = 0;
    while (start !== -1) {
      const suffix = start === 0 ? host : host.slice(start);
      const rule = this.wildcard.get(suffix);
      if (rule !== undefined) {
        const covered = start === 0 ? '' : host.slice(0, start - 1);
        return { rule, punycodeNamedByRule: !hasPunycodeLabel(covered) };
      }
      const dot = host.indexOf('.', start);
      start = dot === -1 ? -1 : dot + 1;
    }
    return null;
  }
}

export function hasPunycodeLabel(host: string): boolean {
  return host.startsWith('xn--') || host.includes('.xn--');
}
