import type { SiteKey, ViewArea } from '../../api/contract/namespaces/site';

/**
 * How a page tried to move, as the shell (or the preview stand-in) saw it:
 * - open: the démarche's start address, loaded by the borne itself
 * - link: a top-level navigation (link, form, script, a dropped link: will-navigate)
 * - frame: a subframe navigation (will-frame-navigate)
 * - redirect: a server redirect (will-redirect), top level or in a frame
 * - new-window: window.open, target=_blank, a middle click (setWindowOpenHandler)
 * - request: the network backstop saw a top-level or frame request (history, reload…)
 */
export type NavigationPath = 'open' | 'link' | 'frame' | 'redirect' | 'new-window' | 'request';

export interface NavigationRequest {
  url: string;
  path: NavigationPath;
  isMainFrame: boolean;
}

/** What the view does with a navigation. `loadInstead`: cancel it and load this address. */
export type NavigationVerdict = { allow: true } | { allow: false; loadInstead?: string };

/** What the view reports to the controller, and the decisions it asks of it. */
export interface SiteViewEvents {
  decideNavigation(request: NavigationRequest): NavigationVerdict;
  /** A subresource (script, image, XHR, socket) of the site: the looser rule. */
  decideSubresource(url: string): boolean;
  /** The top-level page changed (committed). */
  committed(page: { url: string; canGoBack: boolean }): void;
  /** The top-level page did not load (offline, site down, certificate error). */
  loadFailed(): void;
  /** A key, click or touch in the site: the resident is there. */
  input(): void;
  /** The hidden admin combination was pressed in the site. */
  adminShortcut(): void;
  /** The site opened a file chooser (the system dialog never opens). */
  fileChooserOpened(request: { multiple: boolean }): void;
  /** A download the borne could not take care of. */
  downloadRefused(): void;
  /** The page called window.print(): the borne's print screen takes over. */
  printRequested(): void;
}

export interface WipeStepReport {
  step: string;
  ok: boolean;
  error?: string;
}

export interface WipeInput {
  /** Login providers the resident went through ("franceconnect")… */
  loginProvidersUsed: readonly string[];
  /** …and their hosts, whose cookies are dropped first. */
  loginProviderHosts: readonly string[];
}

export interface WipeReport {
  steps: WipeStepReport[];
  /** Every partition step succeeded and the partition was verified empty. */
  partitionClean: boolean;
}

/**
 * The site view, as the services see it. The Electron shell implements it with a
 * WebContentsView under the UI; the preview host implements it with a stand-in that is
 * nothing but the navigation decisions it makes (a browser cannot embed official sites).
 */
export interface SiteViewPort {
  readonly kind: 'native' | 'represented';
  /**
   * Shows a fresh view on an already allowed address, in the partition of this resident
   * session (created on the session's first site).
   */
  open(input: { url: string; sessionId: string; language: string }, events: SiteViewEvents): void;
  /** Loads an address in the open view (decided already). */
  load(url: string): void;
  /** Destroys the view; the session's partition and logins stay until the session ends. */
  close(): void;
  goBack(): boolean;
  reload(): void;
  setArea(area: ViewArea | null): void;
  insertText(text: string): boolean;
  pressKey(key: SiteKey): boolean;
  /** Answers the open file chooser with these paths (none: cancel). */
  chooseFiles(paths: readonly string[]): boolean;
  /** The end of the resident session: the view, its partition's data, clipboard, zoom. */
  wipe(input: WipeInput): Promise<WipeReport>;
}
