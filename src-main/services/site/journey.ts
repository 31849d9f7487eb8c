import type { Catalogue, Demarche } from '../../api/contract/catalogue';
import type { KioskSettings } from '../../api/contract/config/kiosk';
import { compileJourneyRules, type JourneyRules } from '../../policy/allowlist/journey-rules';
import { decideTopLevel } from '../../policy/allowlist/top-level-decision';

/** One démarche opened by the resident: its entry in the catalogue and its allowlist. */
export interface Journey {
  demarche: Demarche;
  rules: JourneyRules;
}

/** The journey's rules: the démarche's hosts, its login providers' and the centre's own. */
export function buildJourney(
  demarche: Demarche,
  catalogue: Catalogue,
  kiosk: KioskSettings,
): Journey {
  const loginProviders = new Map(
    demarche.loginProviders.map((id) => [id, catalogue.loginProviders[id]] as const),
  );
  const rules = compileJourneyRules({
    demarcheDomains: demarche.domains,
    loginProviders,
    centreHosts: kiosk.centreHosts,
  });
  return { demarche, rules };
}

/** The start address must pass the démarche's own rules (a catalogue slip otherwise). */
export function startAddressAllowed(journey: Journey): boolean {
  return decideTopLevel(journey.demarche.startUrl, journey.rules.topLevel).allowed;
}

/** http://host/x is loaded as https://host/x when that is allowed: never downgraded, never http. */
export function httpsUpgrade(url: string): string | null {
  if (!/^http:\/\//i.test(url)) return null;
  try {
    const upgraded = new URL(url);
    if (upgraded.port !== '') return null;
    upgraded.protocol = 'https:';
    return upgraded.href;
  } catch {
    return null;
  }
}
