import type { ApiEventMap } from '../../api/contract/events';
import type { RefusalReason } from '../../policy/allowlist/url-screen';
import type { UsageRecorder } from '../stats/usage-recorder';

export interface Refusal {
  host: string | null;
  reason: RefusalReason;
}

/**
 * Tells the UI (the friendly page) and the statistics (the host only, never the path or
 * query) about a refused top-level navigation. Electron reports one navigation on several
 * paths (will-navigate and will-frame-navigate both fire for the main frame): the same
 * address within a short window is reported once.
 */
export class RefusalReporter {
  private last: { url: string; atMs: number } | null = null;

  constructor(
    private readonly usage: UsageRecorder,
    private readonly emit: (payload: ApiEventMap['navigationRefused']) => void,
    private readonly now: () => number,
    private readonly windowMs = 2000,
  ) {}

  report(url: string, refusal: Refusal, sessionId: string | null): boolean {
    const at = this.now();
    if (this.last && this.last.url === url && at - this.last.atMs < this.windowMs) return false;
    this.last = { url, atMs: at };
    this.usage.record({ type: 'navigation.refused', host: statisticHost(url, refusal) }, sessionId);
    this.emit({ host: refusal.host, reason: refusal.reason });
    return true;
  }
}

/**
 * The host recorded for a refusal: the hostname when there is one (IDN in punycode), else
 * the scheme name ("javascript", "data", "file") so escape attempts still show up in the
 * figures without any of the address.
 */
export function statisticHost(url: string, refusal: Refusal): string {
  if (refusal.host && /^[a-z0-9.-]{1,253}$/.test(refusal.host)) return refusal.host;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase().replace(/\+/g, '-');
  if (refusal.host) return 'ip-literal';
  return scheme && scheme.length <= 40 ? scheme : 'unparseable';
}
