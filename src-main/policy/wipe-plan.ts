/**
 * What must be gone before the next resident sits down, and which step removes it. The
 * plan is data: the shell runs the partition and clipboard steps against Electron, the
 * services delete the session's files, the UI resets its own preferences when told the
 * session ended. Every kind of resident data is named here and covered by a step; the
 * test checks it, so a kind added later without a step fails the build.
 */
export const RESIDENT_DATA_KINDS = [
  'cookies',
  'local-storage',
  'session-storage',
  'indexeddb',
  'service-workers',
  'cache-storage',
  'http-cache',
  'http-auth-cache',
  'host-resolver-cache',
  'open-connections',
  'file-systems',
  'websql',
  'shader-cache',
  'code-cache',
  'background-fetch',
  'download-history',
  'navigation-history',
  'back-forward-cache',
  'page-memory',
  'permission-grants',
  'login-provider-sessions',
  'session-files',
  'clipboard',
  'zoom',
  'ui-language',
] as const;
export type ResidentDataKind = (typeof RESIDENT_DATA_KINDS)[number];

export type WipeStepName =
  | 'drop-login-provider-cookies'
  | 'destroy-site-view'
  | 'close-all-connections'
  | 'clear-data'
  | 'clear-storage-data'
  | 'clear-cache'
  | 'clear-auth-cache'
  | 'clear-host-resolver-cache'
  | 'clear-code-caches'
  | 'verify-partition-empty'
  | 'clear-clipboard'
  | 'reset-zoom'
  | 'delete-session-files'
  | 'reset-ui-language';

/** Who runs a step: the Electron shell, the plain-Node services, or the borne's UI. */
export type WipeExecutor = 'shell' | 'services' | 'ui';

export interface WipeStep {
  name: WipeStepName;
  executor: WipeExecutor;
  /** The kinds of data this step removes (a verification step removes none). */
  removes: readonly ResidentDataKind[];
  /** Step of the site partition: if it fails, the partition is never reused. */
  partition: boolean;
}

export interface WipeInput {
  /** Login providers the journey went through ("franceconnect"): their cookies go first. */
  loginProvidersUsed: readonly string[];
}

/** What Chromium keeps per site in a partition, cleared twice over (clearData, clearStorageData). */
const WEB_STORAGES: readonly ResidentDataKind[] = [
  'cookies',
  'local-storage',
  'indexeddb',
  'service-workers',
  'cache-storage',
  'file-systems',
];

const step = (
  name: WipeStepName,
  executor: WipeExecutor,
  removes: readonly ResidentDataKind[],
  partition = false,
): WipeStep => ({ name, executor, removes, partition });

/**
 * The ordered steps. FranceConnect and its identity providers keep a session of their
 * own (FranceConnect: 30 minutes without action). A relying-party logout needs the
 * service's id_token, which only the service holds, so the borne ends those sessions
 * the only way a browser can: by destroying the cookies that carry them, first and
 * explicitly, then with everything else (docs/kiosk-shell.md, "FranceConnect").
 */
export function wipePlan(input: WipeInput): WipeStep[] {
  const plan: WipeStep[] = [];
  if (input.loginProvidersUsed.length > 0) {
    plan.push(step('drop-login-provider-cookies', 'shell', ['login-provider-sessions'], true));
  }
  plan.push(
    // Closing the webContents takes its sessionStorage, history, back/forward cache, the
    // forms in its memory and the permissions granted to its documents.
    step(
      'destroy-site-view',
      'shell',
      [
        'session-storage',
        'navigation-history',
        'back-forward-cache',
        'page-memory',
        'permission-grants',
      ],
      true,
    ),
    step('close-all-connections', 'shell', ['open-connections'], true),
    // clearData() is Chromium's BrowsingDataRemover over every data type.
    step(
      'clear-data',
      'shell',
      [
        ...WEB_STORAGES,
        'http-cache',
        'websql',
        'background-fetch',
        'download-history',
        'login-provider-sessions',
      ],
      true,
    ),
    // Belt and braces over the same storages, plus the shader cache clearData leaves.
    step('clear-storage-data', 'shell', [...WEB_STORAGES, 'shader-cache'], true),
    step('clear-cache', 'shell', ['http-cache'], true),
    step('clear-auth-cache', 'shell', ['http-auth-cache'], true),
    step('clear-host-resolver-cache', 'shell', ['host-resolver-cache'], true),
    step('clear-code-caches', 'shell', ['code-cache'], true),
    step('verify-partition-empty', 'shell', [], true),
    step('clear-clipboard', 'shell', ['clipboard']),
    step('reset-zoom', 'shell', ['zoom']),
    step('delete-session-files', 'services', ['session-files']),
    step('reset-ui-language', 'ui', ['ui-language']),
  );
  return plan;
}

/** Kinds no step of the plan removes (must be empty). */
export function uncoveredKinds(plan: readonly WipeStep[]): ResidentDataKind[] {
  const covered = new Set(plan.flatMap((each) => each.removes));
  return RESIDENT_DATA_KINDS.filter((kind) => !covered.has(kind));
}
