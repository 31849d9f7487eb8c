export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/**
 * Delay before retry number `attempt` (1 for the first retry): exponential, capped, with
 * "equal jitter" (half fixed, half random) so that the bornes of a federation that lost
 * the same Matomo at the same time do not all come back at the same second.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
