/**
 * Print quotas, counted in pages: a limit per resident session and a limit per day for
 * the whole borne (paper and toner are the centre's). Pure: the caller gives the pages
 * already used, and records the pages once a job is accepted.
 */
export interface QuotaLimits {
  pagesPerSession: number;
  pagesPerDay: number;
}

export interface QuotaUsage {
  sessionPages: number;
  dayPages: number;
}

export type QuotaDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** Which limit stops it: the resident's own, or the borne's for today. */
      limit: 'session' | 'day';
      /** Pages still allowed under that limit (0 when it is used up). */
      remaining: number;
      requested: number;
    };

export interface QuotaCounter {
  used: number;
  limit: number;
  remaining: number;
}

export interface QuotaState {
  session: QuotaCounter;
  day: QuotaCounter;
}

export function quotaState(limits: QuotaLimits, usage: QuotaUsage): QuotaState {
  return {
    session: counter(usage.sessionPages, limits.pagesPerSession),
    day: counter(usage.dayPages, limits.pagesPerDay),
  };
}

/** May a job of `pages` pages print now? The tighter of the two limits answers. */
export function decideQuota(limits: QuotaLimits, usage: QuotaUsage, pages: number): QuotaDecision {
  const state = quotaState(limits, usage);
  // The session limit speaks first: it is the one the resident can understand and act on.
  if (pages > state.session.remaining) {
    return {
      allowed: false,
      limit: 'session',
      remaining: state.session.remaining,
      requested: pages,
    };
  }
  if (pages > state.day.remaining) {
    return { allowed: false, limit: 'day', remaining: state.day.remaining, requested: pages };
  }
  return { allowed: true };
}

/** The local calendar day a print belongs to ("2026-11-25"), in the borne's own time zone. */
export function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function counter(used: number, limit: number): QuotaCounter {
  return { used, limit, remaining: Math.max(0, limit - used) };
}
