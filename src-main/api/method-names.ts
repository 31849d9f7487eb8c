import type { ApiContract } from './contract';
import type { ApiEventName } from './contract/events';

/**
 * The method and event names as plain data, without zod, so the sandboxed preload and
 * the preview bridge can build named methods without bundling the schemas. The
 * compile-time checks below fail when a name is missing or misspelt.
 */
export const API_METHOD_NAMES = {
  app: ['getInfo'],
  centre: ['get', 'getLogo'],
  admin: [
    'getAuthState',
    'createPin',
    'unlock',
    'lock',
    'getStatus',
    'keepAlive',
    'changePin',
    'recoveryInfo',
    'resetPin',
  ],
  config: ['get', 'validate', 'update'],
  catalogue: ['get'],
  session: ['start', 'end', 'current'],
  usage: ['record'],
  customise: ['preview', 'uploadLogo'],
  configHistory: ['list', 'restore', 'undo'],
  maintenance: [
    'checkLinks',
    'recentLogs',
    'exportBackup',
    'restoreBackup',
    'restartInfo',
    'restart',
  ],
  updates: ['getStatus', 'checkNow'],
  print: [
    'state',
    'document',
    'documentData',
    'preparePage',
    'printDocument',
    'cancel',
    'printTicket',
    'printers',
    'status',
    'saveSettings',
    'testPage',
  ],
  site: [
    'open',
    'back',
    'home',
    'retry',
    'getState',
    'setLayout',
    'insertText',
    'pressKey',
    'acknowledgeRefusal',
    'chooseFiles',
    'reportActivity',
  ],
  stats: ['dashboard', 'syncStatus', 'setMatomoToken', 'clearMatomoToken', 'syncNow'],
  reminders: [
    'list',
    'next',
    'ticket',
    'printTicket',
    'localRules',
    'saveLocalRule',
    'deleteLocalRule',
  ],
  directory: [
    'search',
    'facets',
    'get',
    'slip',
    'printSlip',
    'save',
    'delete',
    'previewImport',
    'applyImport',
    'exportCsv',
  ],
  glossary: ['search', 'get', 'save', 'remove', 'exportPack', 'previewPack', 'importPack'],
  accompaniments: ['topics', 'record', 'year'],
  sheets: ['get'],
  portal: ['getSettings', 'mostUsed'],
  connectivity: ['status', 'check'],
} as const satisfies { readonly [Ns in keyof ApiContract]: readonly (keyof ApiContract[Ns])[] };

export const API_EVENT_NAMES = [
  'configChanged',
  'noticesChanged',
  'adminLockChanged',
  'adminRequested',
  'sessionStarted',
  'sessionEnded',
  'updatesChanged',
  'catalogueChanged',
  'printDocumentReceived',
  'printJobChanged',
  'siteChanged',
  'navigationRefused',
  'idleWarning',
  'idleCancelled',
  'siteMessage',
  'printRequested',
  'connectivityChanged',
] as const satisfies readonly ApiEventName[];

type MissingMethods = {
  [Ns in keyof ApiContract]: Exclude<keyof ApiContract[Ns], (typeof API_METHOD_NAMES)[Ns][number]>;
}[keyof ApiContract];
type MissingEvents = Exclude<ApiEventName, (typeof API_EVENT_NAMES)[number]>;

// These two lines stop compiling when a contract method or event is not listed above.
export const everyMethodListed: [MissingMethods] extends [never] ? true : MissingMethods = true;
export const everyEventListed: [MissingEvents] extends [never] ? true : MissingEvents = true;

/** "centre.get" for the namespace "centre" and the method "get". */
export type QualifiedMethodName = {
  [Ns in keyof typeof API_METHOD_NAMES]: `${Ns}.${(typeof API_METHOD_NAMES)[Ns][number]}`;
}[keyof typeof API_METHOD_NAMES];

export function qualifiedMethodNames(): QualifiedMethodName[] {
  const names: string[] = [];
  for (const [namespace, methods] of Object.entries(API_METHOD_NAMES)) {
    for (const method of methods) names.push(`${namespace}.${method}`);
  }
  return names as QualifiedMethodName[];
}
