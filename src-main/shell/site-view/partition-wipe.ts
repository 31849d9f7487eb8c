import type { Clipboard, Session } from 'electron';
import { compileHostRules } from '../../policy/allowlist/host-rule-set';
import type { WipeStep, WipeStepName } from '../../policy/wipe-plan';
import type { WipeReport, WipeStepReport } from '../../services/site/site-view-port';

export type WipedSession = Pick<
  Session,
  | 'clearData'
  | 'clearStorageData'
  | 'clearCache'
  | 'clearAuthCache'
  | 'clearHostResolverCache'
  | 'closeAllConnections'
  | 'clearCodeCaches'
  | 'cookies'
>;

/** The clipboard, and on Linux the X11 selection buffer beside it. */
export type ClipboardPort = Pick<Clipboard, 'clear'> & { selection: Pick<Clipboard, 'clear'> };

export interface WipeTargets {
  /** The resident's partition; null when no site was opened this session. */
  session: WipedSession | null;
  destroyView(): void;
  clipboard: ClipboardPort;
  resetZoom(): void;
  /** Hosts of the login providers the journey used (their cookies go first). */
  loginProviderHosts: readonly string[];
  platform: NodeJS.Platform;
}

const STEP_TIMEOUT_MS = 10_000;

/**
 * Runs the shell's steps of the wipe plan (policy/wipe-plan), in order, each bounded in
 * time; one failed step never stops the others. The partition counts as clean only if
 * every partition step succeeded, verification included: only then is it reused.
 */
export async function runShellWipe(
  plan: readonly WipeStep[],
  targets: WipeTargets,
): Promise<WipeReport> {
  const steps: WipeStepReport[] = [];
  let partitionClean = true;
  for (const step of plan) {
    if (step.executor !== 'shell') continue;
    if (step.partition && !targets.session) continue;
    try {
      await withTimeout(runStep(step.name, targets), STEP_TIMEOUT_MS);
      steps.push({ step: step.name, ok: true });
    } catch (error) {
      steps.push({ step: step.name, ok: false, error: String(error) });
      if (step.partition) partitionClean = false;
    }
  }
  return { steps, partitionClean };
}

async function runStep(name: WipeStepName, targets: WipeTargets): Promise<void> {
  const session = targets.session;
  switch (name) {
    case 'drop-login-provider-cookies':
      return session ? dropCookiesOf(session, targets.loginProviderHosts) : undefined;
    case 'destroy-site-view':
      return targets.destroyView();
    case 'close-all-connections':
      return session?.closeAllConnections();
    case 'clear-data':
      return session?.clearData();
    case 'clear-storage-data':
      return session?.clearStorageData();
    case 'clear-cache':
      return session?.clearCache();
    case 'clear-auth-cache':
      return session?.clearAuthCache();
    case 'clear-host-resolver-cache':
      return session?.clearHostResolverCache();
    case 'clear-code-caches':
      return session?.clearCodeCaches({});
    case 'verify-partition-empty':
      return session ? verifyNoCookies(session) : undefined;
    case 'clear-clipboard':
      targets.clipboard.clear();
      // X11's selection buffer holds what was last selected, apart from the clipboard.
      if (targets.platform === 'linux') targets.clipboard.selection.clear();
      return;
    case 'reset-zoom':
      return targets.resetZoom();
    case 'delete-session-files':
    case 'reset-ui-language':
      return;
  }
}

/**
 * The login providers' own cookies, removed one by one before everything else: a cookie
 * of "franceconnect.gouv.fr" or ".impots.gouv.fr" that applies to one of their hosts.
 */
async function dropCookiesOf(session: WipedSession, hosts: readonly string[]): Promise<void> {
  const rules = compileHostRules(hosts).set;
  const named = hosts.map((host) => host.replace(/^\*\./, ''));
  const cookies = await session.cookies.get({});
  const applies = (domain: string) =>
    rules.match(domain) !== null ||
    named.some((host) => host === domain || host.endsWith(`.${domain}`));
  await Promise.all(
    cookies
      .filter((cookie) => applies((cookie.domain ?? '').replace(/^\./, '')))
      .map((cookie) =>
        session.cookies.remove(
          `https://${(cookie.domain ?? '').replace(/^\./, '')}${cookie.path ?? '/'}`,
          cookie.name,
        ),
      ),
  );
}

async function verifyNoCookies(session: WipedSession): Promise<void> {
  const left = await session.cookies.get({});
  if (left.length > 0) throw new Error(`${left.length} cookie(s) left after the wipe`);
}

function withTimeout(work: void | Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    Promise.resolve(work),
    new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
