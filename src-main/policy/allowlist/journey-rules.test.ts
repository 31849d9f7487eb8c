import { describe, expect, it } from 'vitest';
import { decideSubframe, decideSubresource } from './embedded-decision';
import { compileHostRules } from './host-rule-set';
import { compileJourneyRules, type JourneyRuleInput } from './journey-rules';
import { decideTopLevel } from './top-level-decision';

const FRANCECONNECT = [
  'franceconnect.gouv.fr',
  'oidc.franceconnect.gouv.fr',
  'app.franceconnect.gouv.fr',
  'cfspart-idp.impots.gouv.fr',
  'fc.assure.ameli.fr',
];

const caf: JourneyRuleInput = {
  demarcheDomains: ['www.caf.fr', 'wwwd.caf.fr', 'connect.caf.fr'],
  loginProviders: new Map([['franceconnect', FRANCECONNECT]]),
  centreHosts: [],
};

/** A démarche's hops as a browser follows them, each decided on its own. */
function follow(rules: ReturnType<typeof compileJourneyRules>, hops: string[]) {
  return hops.map((hop) => {
    const decision = decideTopLevel(hop, rules.topLevel);
    return decision.allowed ? 'allowed' : decision.reason;
  });
}

describe('journey rules', () => {
  it('lets a démarche do its whole FranceConnect round trip, redirects included', () => {
    const rules = compileJourneyRules(caf);
    const roundTrip = [
      'https://wwwd.caf.fr/wps/portal/caffr/login',
      // "S'identifier avec FranceConnect": 302 to the FranceConnect authorize endpoint…
      'https://oidc.franceconnect.gouv.fr/api/v2/authorize?response_type=code&client_id=caf&redirect_uri=https%3A%2F%2Fconnect.caf.fr%2Fcallback&state=s&nonce=n',
      // …the resident picks impots.gouv: its identity provider…
      'https://cfspart-idp.impots.gouv.fr/oauth2/authorize?client_id=fc&state=t',
      // …302 back to FranceConnect with its code…
      'https://oidc.franceconnect.gouv.fr/api/v2/redirect-to-sp?code=c',
      // …302 to the service's callback, then its home page.
      'https://connect.caf.fr/callback?code=d&state=s',
      'https://wwwd.caf.fr/wps/myportal/caffr/moncompte',
    ];
    expect(follow(rules, roundTrip)).toEqual(Array(roundTrip.length).fill('allowed'));
    expect(rules.loginProviderOf('oidc.franceconnect.gouv.fr')).toBe('franceconnect');
    expect(rules.loginProviderOf('cfspart-idp.impots.gouv.fr')).toBe('franceconnect');
    expect(rules.loginProviderOf('wwwd.caf.fr')).toBeNull();
  });

  it('refuses FranceConnect to a démarche that does not use it', () => {
    const rules = compileJourneyRules({ ...caf, loginProviders: new Map() });
    expect(
      follow(rules, [
        'https://wwwd.caf.fr/wps/portal/caffr/login',
        'https://oidc.franceconnect.gouv.fr/api/v2/authorize?client_id=caf',
      ]),
    ).toEqual(['allowed', 'host-not-allowed']);
    expect(rules.loginProviderOf('oidc.franceconnect.gouv.fr')).toBeNull();
  });

  it('stops a redirect chain at the first hop off the allowlist (open redirector, http downgrade)', () => {
    const rules = compileJourneyRules(caf);
    expect(
      follow(rules, [
        'https://www.caf.fr/redirect?to=https%3A%2F%2Fevil.example%2F',
        'https://evil.example/',
      ]),
    ).toEqual(['allowed', 'host-not-allowed']);
    expect(follow(rules, ['https://www.caf.fr/old', 'http://www.caf.fr/new'])).toEqual([
      'allowed',
      'not-https',
    ]);
    expect(follow(rules, ['https://connect.caf.fr/', 'https://www.caf.fr@evil.example/'])).toEqual([
      'allowed',
      'credentials',
    ]);
  });

  it("joins the centre's own hosts to every journey", () => {
    const rules = compileJourneyRules({ ...caf, centreHosts: ['*.lille.fr'] });
    expect(follow(rules, ['https://www.lille.fr/', 'https://lille.fr/'])).toEqual([
      'allowed',
      'allowed',
    ]);
  });
});

describe('host rule compilation', () => {
  it('ignores malformed and too broad rules, keeps the rest', () => {
    const { set, ignored } = compileHostRules([
      'www.caf.fr',
      '*.ameli.fr',
      '*.gouv.fr',
      '*.fr',
      'caf',
      'https://www.caf.fr/',
      'www.caf.fr:443',
      '*.*.caf.fr',
      '1.2.3.4',
      'ex ample.fr',
    ]);
    expect(set.size).toBe(2);
    expect(ignored).toEqual([
      { rule: '*.gouv.fr', reason: 'too-broad' },
      { rule: '*.fr', reason: 'malformed' },
      { rule: 'caf', reason: 'malformed' },
      { rule: 'https://www.caf.fr/', reason: 'malformed' },
      { rule: 'www.caf.fr:443', reason: 'malformed' },
      { rule: '*.*.caf.fr', reason: 'malformed' },
      { rule: '1.2.3.4', reason: 'malformed' },
      { rule: 'ex ample.fr', reason: 'malformed' },
    ]);
    expect(set.match('assure.ameli.fr')?.rule).toBe('*.ameli.fr');
    expect(set.match('ameli.fr')?.rule).toBe('*.ameli.fr');
    expect(set.match('ameli.fr.evil.example')).toBeNull();
  });
});

describe('subframe and subresource rule (looser)', () => {
  it('lets any https host be embedded: captchas, consent managers, CDNs', () => {
    for (const url of [
      'https://captcha.liveidentity.com/widget',
      'https://cdn.tagcommander.com/consent.js',
      'https://www.youtube-nocookie.com/embed/x',
      'about:blank',
      'about:srcdoc',
    ]) {
      expect(decideSubframe(url).allowed).toBe(true);
    }
    expect(decideSubresource('wss://chat.caf.fr/socket').allowed).toBe(true);
    expect(decideSubresource('https://fonts.gstatic.com/s/x.woff2').allowed).toBe(true);
  });

  it('refuses dangerous schemes, plain http, credentials and the local network', () => {
    const outcomes = [
      decideSubframe('http://ads.example/frame'),
      decideSubframe('javascript:alert(1)'),
      decideSubframe('data:text/html,<b>x</b>'),
      decideSubframe('file:///etc/passwd'),
      decideSubframe('chrome://settings'),
      decideSubframe('https://user:pw@captcha.example/'),
      decideSubresource('https://192.168.1.1/admin.cgi'),
      decideSubresource('https://[fe80::1]/'),
      decideSubresource('https://localhost/'),
      decideSubresource('ws://chat.caf.fr/socket'),
      decideSubresource('http://tracker.example/pixel.gif'),
    ].map((decision) => (decision.allowed ? 'allowed' : decision.reason));
    expect(outcomes).toEqual([
      'not-https',
      'scheme',
      'scheme',
      'scheme',
      'scheme',
      'credentials',
      'ip-address',
      'ip-address',
      'host-form',
      'scheme',
      'not-https',
    ]);
  });
});
