import type { ViewArea } from '../../api/contract/namespaces/site';
import type { NavigationPath, SiteViewEvents, SiteViewPort, WipeReport } from './site-view-port';

/** What a simulated navigation did: loaded, refused, or loaded as https instead. */
export interface RepresentedOutcome {
  allowed: boolean;
  loaded: string | null;
}

/**
 * The site view of the preview host. A browser cannot embed official sites, so here the
 * site is represented by the navigation decisions it makes: a browser test says "the
 * site navigates to X by this path" (a token-protected preview route, never part of the
 * Electron contract) and this stand-in asks the controller exactly as the Electron view
 * does from its will-navigate, will-redirect, will-frame-navigate and window-open hooks.
 * It keeps the history the real view would have, so Retour works the same.
 */
export class RepresentedSiteView implements SiteViewPort {
  readonly kind = 'represented';
  private events: SiteViewEvents | null = null;
  private history: string[] = [];
  private fileChooserOpen = false;
  area: ViewArea | null = null;

  open(input: { url: string }, events: SiteViewEvents): void {
    this.events = events;
    this.history = [];
    this.commit(input.url, false);
  }

  load(url: string): void {
    this.commit(url, false);
  }

  close(): void {
    this.events = null;
    this.history = [];
    this.fileChooserOpen = false;
  }

  goBack(): boolean {
    if (this.history.length < 2) return false;
    this.history.pop();
    this.report(this.history[this.history.length - 1] ?? '');
    return true;
  }

  reload(): void {
    const current = this.history[this.history.length - 1];
    if (current) this.report(current);
  }

  setArea(area: ViewArea | null): void {
    this.area = area;
  }

  insertText(): boolean {
    return this.events !== null;
  }

  pressKey(): boolean {
    return this.events !== null;
  }

  chooseFiles(): boolean {
    const wasOpen = this.fileChooserOpen;
    this.fileChooserOpen = false;
    return wasOpen;
  }

  /** There is no partition in the preview: nothing of Chromium's to wipe. */
  wipe(): Promise<WipeReport> {
    this.close();
    return Promise.resolve({ steps: [], partitionClean: true });
  }

  /** "The site navigates to `url`" by one of the paths a real page has. */
  navigate(url: string, path: Exclude<NavigationPath, 'open'>): RepresentedOutcome {
    const events = this.events;
    if (!events) return { allowed: false, loaded: null };
    const isMainFrame = path !== 'frame';
    const verdict = events.decideNavigation({ url, path, isMainFrame });
    if (!isMainFrame) return { allowed: verdict.allow, loaded: null };
    const target = verdict.allow ? url : (verdict.loadInstead ?? null);
    if (target) this.commit(target, path === 'redirect');
    return { allowed: verdict.allow, loaded: target };
  }

  /** The page failed to load (the site is down, the borne offline). */
  failLoad(): void {
    this.events?.loadFailed();
  }

  /** The page called window.print(). */
  requestPrint(): void {
    this.events?.printRequested();
  }

  /** The site opened a file chooser. */
  openFileChooser(multiple: boolean): void {
    if (!this.events) return;
    this.fileChooserOpen = true;
    this.events.fileChooserOpened({ multiple });
  }

  private commit(url: string, replace: boolean): void {
    if (replace) this.history.pop();
    this.history.push(url);
    this.report(url);
  }

  private report(url: string): void {
    this.events?.committed({ url, canGoBack: this.history.length > 1 });
  }
}
