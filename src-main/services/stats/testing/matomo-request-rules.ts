import type { MatomoDimensionIds } from '../../../api/contract/config/stats';

/** Matomo's age limit for a custom time (`cdt`) sent without a token, in seconds. */
export const MATOMO_TOKENLESS_AGE_S = 86_400;

const ALLOWED = new Set([
  'idsite',
  'rec',
  'apiv',
  'cid',
  'cdt',
  'h',
  'm',
  's',
  'e_c',
  'e_a',
  'e_n',
  'e_v',
  'new_visit',
  'lang',
  'ua',
]);

export interface RequestRules {
  siteId: number;
  dimensions: MatomoDimensionIds;
  /** The write token Matomo knows; a request older than 24 h needs it. */
  token: string;
}

export type RequestVerdict =
  | { kind: 'tracked'; params: URLSearchParams }
  /** What Matomo itself refuses (counted in "invalid"), e.g. too old without a token. */
  | { kind: 'invalid'; reason: string }
  /** What Matomo would take or ignore but our client must never send: a bug on our side. */
  | { kind: 'violation'; reason: string };

/**
 * Checks one "?…" tracking request the way Matomo does (idsite, rec, the 24 h rule for
 * `cdt`), and more strictly where the borne promises more: only the parameters it means
 * to send, a 16-hex visitor id, its custom dimensions, numbers where numbers go.
 */
export function judgeRequest(
  raw: unknown,
  bulkToken: string | null,
  rules: RequestRules,
  nowS: number,
): RequestVerdict {
  if (typeof raw !== 'string' || !raw.startsWith('?')) {
    return { kind: 'violation', reason: 'not a ?query string' };
  }
  const params = new URLSearchParams(raw.slice(1));
  for (const name of params.keys()) {
    if (!ALLOWED.has(name) && !/^dimension\d+$/.test(name)) {
      return { kind: 'violation', reason: `unexpected parameter ${name}` };
    }
  }
  const problem = structuralProblem(params, rules);
  if (problem) return { kind: 'violation', reason: problem };
  if (params.get('idsite') !== String(rules.siteId)) {
    return { kind: 'invalid', reason: 'unknown idsite' };
  }
  const age = nowS - Number(params.get('cdt'));
  if (age >= MATOMO_TOKENLESS_AGE_S && bulkToken !== rules.token) {
    return { kind: 'invalid', reason: `custom timestamp is ${age} seconds old, requires token` };
  }
  return { kind: 'tracked', params };
}

function structuralProblem(params: URLSearchParams, rules: RequestRules): string | null {
  const get = (name: string) => params.get(name) ?? '';
  if (get('rec') !== '1') return 'rec must be 1';
  if (!/^\d+$/.test(get('idsite'))) return 'idsite must be a number';
  if (!/^[0-9a-f]{16}$/.test(get('cid'))) return 'cid must be 16 hex characters';
  if (!/^\d{9,11}$/.test(get('cdt'))) return 'cdt must be a unix timestamp';
  if (!inRange(get('h'), 0, 23) || !inRange(get('m'), 0, 59) || !inRange(get('s'), 0, 59)) {
    return 'h, m, s must be a local time';
  }
  if (!get('e_c') || !get('e_a')) return 'e_c and e_a must not be empty';
  if (params.has('e_v') && !/^-?\d+(\.\d+)?$/.test(get('e_v'))) return 'e_v must be a number';
  if (params.has('new_visit') && get('new_visit') !== '1') return 'new_visit must be 1';
  if (!get('lang')) return 'lang missing';
  // Every dimension but the place (only a nomade laptop has one).
  for (const [name, id] of Object.entries(rules.dimensions).filter(([key]) => key !== 'place')) {
    if (!get(`dimension${id}`)) return `dimension${id} (${name}) missing`;
  }
  return null;
}

function inRange(value: string, min: number, max: number): boolean {
  return /^\d{1,2}$/.test(value) && Number(value) >= min && Number(value) <= max;
}
