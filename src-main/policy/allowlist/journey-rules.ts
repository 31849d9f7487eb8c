import { compileHostRules, type HostRuleSet, type IgnoredRule } from './host-rule-set';

/** Login providers a démarche may pass through (the catalogue's ids). */
export type LoginProviderKey = string;

export interface JourneyRuleInput {
  /** Hosts the démarche itself needs ("wwwd.caf.fr", "*.caf.fr"). */
  demarcheDomains: readonly string[];
  /** The démarche's login providers, each with the hosts the catalogue lists for it. */
  loginProviders: ReadonlyMap<LoginProviderKey, readonly string[]>;
  /** The centre's own hosts, allowed on every journey (its website, the town hall's). */
  centreHosts: readonly string[];
}

/** One résident's journey through one démarche: what its top-level navigations may reach. */
export interface JourneyRules {
  /** The démarche's hosts, its login providers' and the centre's, as one set. */
  topLevel: HostRuleSet;
  /** Which login provider a host belongs to, to know which ones the journey used. */
  loginProviderOf(host: string): LoginProviderKey | null;
  ignored: IgnoredRule[];
}

/**
 * Joins the démarche's hosts, its login providers' (FranceConnect and its identity
 * providers are allowed for this journey only) and the centre's own into one rule set.
 */
export function compileJourneyRules(input: JourneyRuleInput): JourneyRules {
  const providerHosts = [...input.loginProviders.values()].flat();
  const compiled = compileHostRules([
    ...input.demarcheDomains,
    ...providerHosts,
    ...input.centreHosts,
  ]);
  const providers = [...input.loginProviders].map(
    ([key, hosts]) => [key, compileHostRules(hosts).set] as const,
  );
  return {
    topLevel: compiled.set,
    loginProviderOf(host) {
      for (const [key, set] of providers) if (set.match(host)) return key;
      return null;
    },
    ignored: compiled.ignored,
  };
}
