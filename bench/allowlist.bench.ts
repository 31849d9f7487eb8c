import { compileJourneyRules } from '../src-main/policy/allowlist/journey-rules';
import { decideTopLevel } from '../src-main/policy/allowlist/top-level-decision';
import { percentiles, ratio, round } from './stats';
import type { BenchResult } from './types';

const URLS = 100_000;
const RULES = 500;
const WARMUP = 20_000;

/**
 * The site view's top-level decision (parse, scheme/credential/IP/port/IDN screening,
 * host lookup in a 500-rule journey) against a bare `new URL()` of the same address,
 * timed alternately address by address so both see the same JIT and machine state.
 * Target from the issue: the decision within 3x of the bare parse at p99.
 */
export default function allowlistBench(): Promise<BenchResult> {
  const journey = compileJourneyRules(fiveHundredRules());
  const urls = addresses(URLS);
  let allowed = 0;
  const decide = (url: string) => {
    if (decideTopLevel(url, journey.topLevel).allowed) allowed += 1;
  };
  let parsed = 0;
  const parse = (url: string) => {
    if (new URL(url).hostname !== '') parsed += 1;
  };
  for (let index = 0; index < WARMUP; index += 1) {
    const url = urls[index % urls.length] ?? '';
    decide(url);
    parse(url);
  }
  allowed = 0;
  parsed = 0;
  const measured: number[] = [];
  const baseline: number[] = [];
  for (const url of urls) {
    let start = performance.now();
    decide(url);
    measured.push(performance.now() - start);
    start = performance.now();
    parse(url);
    baseline.push(performance.now() - start);
  }
  const m = percentiles(measured.map(toMicros));
  const b = percentiles(baseline.map(toMicros));
  return Promise.resolve({
    name: 'allowlist: top-level decision vs bare new URL()',
    unit: 'µs per address',
    measured: { p50: m.p50, p99: m.p99, mean: m.mean, n: m.n },
    baseline: { p50: b.p50, p99: b.p99, mean: b.mean, what: 'new URL(address)' },
    ratio: { p50: ratio(m.p50, b.p50), p99: ratio(m.p99, b.p99) },
    target: 'decision p99 within 3x of the bare parse p99',
    met: m.p99 <= 3 * b.p99,
    notes:
      `${RULES} rules (exact and wildcard), ${URLS} addresses: ${round((allowed / URLS) * 100, 1)}% ` +
      `allowed, the rest refused across every reason; ${parsed} with a host in the baseline parse.`,
  });
}

const toMicros = (ms: number) => ms * 1000;

/** 500 rules: 40 démarches' hosts, FranceConnect's, and a large centre's own list. */
function fiveHundredRules() {
  const demarcheDomains: string[] = [];
  for (let index = 0; index < 250; index += 1) demarcheDomains.push(`www.service${index}.gouv.fr`);
  for (let index = 0; index < 150; index += 1) demarcheDomains.push(`*.organisme${index}.fr`);
  const centreHosts: string[] = [];
  for (let index = 0; index < 90; index += 1) centreHosts.push(`asso${index}.lille.fr`);
  const franceconnect = [
    'franceconnect.gouv.fr',
    'oidc.franceconnect.gouv.fr',
    'app.franceconnect.gouv.fr',
    'auth.franceconnect.gouv.fr',
    'cfspart-idp.impots.gouv.fr',
    'idp.impots.gouv.fr',
    'fc.assure.ameli.fr',
    'authent.lidentitenumerique.laposte.fr',
    'idp.msa.fr',
    'idp.france-identite.gouv.fr',
  ];
  return {
    demarcheDomains,
    loginProviders: new Map([['franceconnect', franceconnect]]),
    centreHosts,
  };
}

/** A realistic mix: mostly allowed pages with paths and queries, then every kind of refusal. */
function addresses(count: number): string[] {
  const templates = [
    (i: number) => `https://www.service${i % 250}.gouv.fr/espace/demarche?etape=${i}&lang=fr`,
    (i: number) => `https://compte.organisme${i % 150}.fr/connexion/retour?code=${i}abc#top`,
    (i: number) => `https://a.b.organisme${i % 150}.fr/documents/${i}/attestation.pdf`,
    (i: number) => `https://oidc.franceconnect.gouv.fr/api/v2/authorize?client_id=${i}&state=s`,
    (i: number) => `https://asso${i % 90}.lille.fr/`,
    (i: number) => `https://www.service${i % 250}.gouv.fr.evil${i}.example/phish`,
    (i: number) => `https://evil${i}.example/?https://www.service1.gouv.fr`,
    (i: number) => `http://www.service${i % 250}.gouv.fr/`,
    (i: number) => `https://www.service1.gouv.fr@evil${i}.example/`,
    (i: number) => `https://10.0.${i % 256}.${(i * 7) % 256}/admin`,
    (i: number) => `https://sérvice${i % 9}.gouv.fr/`,
    (i: number) => `https://www.service${i % 250}.gouv.fr:8443/`,
    (i: number) => `javascript:void(${i})`,
    (i: number) => `data:text/html,<p>${i}</p>`,
  ];
  const weights = [30, 15, 10, 8, 5, 5, 5, 4, 3, 3, 3, 3, 3, 3];
  const pool: ((i: number) => string)[] = [];
  templates.forEach((template, index) => {
    for (let n = 0; n < (weights[index] ?? 1); n += 1) pool.push(template);
  });
  const list: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = pool[(index * 2654435761) % pool.length];
    if (template) list.push(template(index));
  }
  return list;
}
