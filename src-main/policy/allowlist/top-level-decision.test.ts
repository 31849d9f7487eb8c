import { describe, expect, it } from 'vitest';
import { compileJourneyRules } from './journey-rules';
import { decideTopLevel } from './top-level-decision';
import type { RefusalReason } from './url-screen';

/** The CAF démarche of the seed catalogue, with FranceConnect, in a centre that adds its town hall. */
const journey = compileJourneyRules({
  demarcheDomains: ['www.caf.fr', 'wwwd.caf.fr', '*.connect.caf.fr'],
  loginProviders: new Map([
    [
      'franceconnect',
      ['franceconnect.gouv.fr', 'oidc.franceconnect.gouv.fr', 'cfspart-idp.impots.gouv.fr'],
    ],
  ]),
  // "mairie-évry.fr", written out in punycode by the referent.
  centreHosts: ['www.lille.fr', 'xn--mairie-vry-h7a.fr'],
});

type Case = [url: string, expected: 'allowed' | RefusalReason];

const cases: Record<string, Case[]> = {
  'allowed hosts, exact and wildcard': [
    ['https://www.caf.fr/', 'allowed'],
    ['https://wwwd.caf.fr/wps/portal/caffr/login', 'allowed'],
    ['https://WWW.CAF.FR/Accueil', 'allowed'],
    ['https://www.caf.fr:443/port-par-defaut', 'allowed'],
    ['https://connect.caf.fr/', 'allowed'],
    ['https://a.b.connect.caf.fr/deep', 'allowed'],
    ['https://www.caf.fr/?next=https://evil.example/', 'allowed'],
    ['https://www.caf.fr/#https://evil.example', 'allowed'],
    ['https://www.caf.fr\\.evil.example/', 'allowed'],
    ['https://ｗｗｗ.caf.fr/', 'allowed'],
    ['https://oidc.franceconnect.gouv.fr/api/v2/authorize?client_id=x', 'allowed'],
    ['https://www.lille.fr/', 'allowed'],
    ['about:blank', 'allowed'],
  ],
  'hosts outside the allowlist, never by substring': [
    ['https://evil.example/', 'host-not-allowed'],
    ['https://caf.fr/', 'host-not-allowed'],
    ['https://evilcaf.fr/', 'host-not-allowed'],
    ['https://www.caf.fr.evil.example/', 'host-not-allowed'],
    ['https://wwwd.caf.fr-evil.example/', 'host-not-allowed'],
    ['https://notconnect.caf.fr/', 'host-not-allowed'],
    ['https://www.caf.fr%2eevil.example/', 'host-not-allowed'],
    ['https://evil.example/?https://www.caf.fr', 'host-not-allowed'],
    ['https://evil.example\\@www.caf.fr/', 'host-not-allowed'],
    ['https://www.ameli.fr/', 'host-not-allowed'],
    ['https://gouv.fr/', 'host-not-allowed'],
    ['https://impots.gouv.fr/', 'host-not-allowed'],
    ['https://www.google.com/search?q=caf', 'host-not-allowed'],
  ],
  'schemes other than https': [
    ['http://www.caf.fr/', 'not-https'],
    ['HTTP://www.caf.fr/', 'not-https'],
    ['file:///C:/Windows/System32/cmd.exe', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['file://server/share/doc.pdf', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['javascript:alert(document.cookie)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['blob:https://www.caf.fr/0d4f-11aa', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['chrome://gpu', 'scheme'],
    ['devtools://devtools/bundled/inspector.html', 'scheme'],
    ['view-source:https://www.caf.fr/', 'scheme'],
    ['about:settings', 'scheme'],
    ['about:srcdoc', 'scheme'],
    ['filesystem:https://www.caf.fr/temporary/x', 'scheme'],
    ['app://borne/index.html', 'scheme'],
    ['wss://www.caf.fr/socket', 'scheme'],
    ['ftp://ftp.caf.fr/', 'scheme'],
    ['mailto:contact@caf.fr', 'external-app'],
    ['tel:3230', 'external-app'],
    ['ms-settings:display', 'external-app'],
    ['search-ms:query=secret', 'external-app'],
    ['intent://scan/#Intent;scheme=zxing;end', 'external-app'],
  ],
  'credentials in the address': [
    ['https://www.caf.fr@evil.example/', 'credentials'],
    ['https://user:secret@www.caf.fr/', 'credentials'],
    ['https://:secret@www.caf.fr/', 'credentials'],
  ],
  'IP literals, v4 in every notation and v6': [
    ['https://93.184.216.34/', 'ip-address'],
    ['https://127.0.0.1/', 'ip-address'],
    ['https://0x7f.1/', 'ip-address'],
    ['https://2130706433/', 'ip-address'],
    ['https://192.168.1.1/admin', 'ip-address'],
    ['https://[::1]/', 'ip-address'],
    ['https://[2001:db8::1]/', 'ip-address'],
    ['https://[::ffff:127.0.0.1]/', 'ip-address'],
  ],
  'host forms no official site uses': [
    ['https://localhost/', 'host-form'],
    ['https://intranet/', 'host-form'],
    ['https://www.caf.fr./', 'host-form'],
    ['https://borne.localhost/', 'host-form'],
  ],
  'ports other than 443': [
    ['https://www.caf.fr:8443/', 'port'],
    ['https://www.caf.fr:80/', 'port'],
  ],
  'IDN look-alikes (punycode)': [
    ['https://cаf.fr/', 'idn'],
    ['https://www.cаf.fr/', 'idn'],
    ['https://xn--cf-7kc.fr/', 'idn'],
    ['https://аmeli.fr/', 'idn'],
    ['https://wwŵ.connect.caf.fr/', 'idn'],
    ['https://xn--cnnect-wqf.caf.fr/', 'idn'],
    ['https://xn--mairie-vry-h7a.fr/', 'allowed'],
    ['https://mairie-évry.fr/actes', 'allowed'],
  ],
  'not an address': [
    ['', 'unparseable'],
    ['www.caf.fr', 'unparseable'],
    ['https://', 'unparseable'],
    ['https://www.caf.fr%00.evil.example/', 'unparseable'],
    ['https://exa mple.fr/', 'unparseable'],
  ],
};

describe('top-level allowlist decision', () => {
  const all = Object.values(cases).flat();

  it('covers at least 60 addresses across the categories', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map(([url]) => url)).size).toBe(all.length);
  });

  for (const [category, list] of Object.entries(cases)) {
    it(category, () => {
      const outcomes = list.map(([url]) => {
        const decision = decideTopLevel(url, journey.topLevel);
        return [url, decision.allowed ? 'allowed' : decision.reason];
      });
      expect(outcomes).toEqual(list);
    });
  }

  it('reports the host of a refused address, and none for schemes without one', () => {
    expect(decideTopLevel('https://www.caf.fr.evil.example/x?y', journey.topLevel)).toEqual({
      allowed: false,
      reason: 'host-not-allowed',
      host: 'www.caf.fr.evil.example',
    });
    expect(decideTopLevel('https://cаf.fr/', journey.topLevel)).toMatchObject({
      host: 'xn--cf-7kc.fr',
    });
    expect(decideTopLevel('javascript:alert(1)', journey.topLevel)).toMatchObject({ host: null });
  });
});
