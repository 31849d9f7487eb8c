import type {
  DownloadItem,
  MenuItemConstructorOptions,
  WebContents,
  WebContentsView,
  WebPreferences,
} from 'electron';
import type { SiteKey, ViewArea } from '../../api/contract/namespaces/site';
import type { CompiledGrant } from '../../policy/permission-rules';
import { wipePlan } from '../../policy/wipe-plan';
import { DEFAULT_ZOOM, nextZoom, type ZoomAction } from '../../policy/zoom-rules';
import type { SiteViewEvents, SiteViewPort, WipeReport } from '../../services/site/site-view-port';
import { guardContextMenu, type ContextMenuLabels, type MenuContents } from './context-menu';
import { guardWithDevtools, type DebuggableContents, type DevtoolsGuard } from './devtools-guard';
import {
  guardKeyboard,
  watchPointer,
  type KeyboardContents,
  type PointerContents,
} from './input-guard';
import { runShellWipe, type ClipboardPort } from './partition-wipe';
import { watchRenderer, type WatchedContents } from './renderer-watch';
import { guardSiteNavigation, type NavigationContents } from './site-navigation-guard';
import { SitePartitions, type SiteSession } from './site-partitions';
import { guardSiteSession, type DownloadHandler } from './session-guard';
import { siteWebPreferences } from './site-web-preferences';

/** The parts of the site's WebContents the shell uses (the printing service adds print). */
export type SiteContents = NavigationContents &
  KeyboardContents &
  PointerContents &
  MenuContents &
  WatchedContents &
  DebuggableContents &
  Pick<
    WebContents,
    | 'close'
    | 'focus'
    | 'insertText'
    | 'sendInputEvent'
    | 'setZoomFactor'
    | 'reload'
    | 'executeJavaScriptInIsolatedWorld'
    | 'print'
    | 'printToPDF'
    | 'isLoading'
  >;

export interface SiteViewHandle extends Pick<WebContentsView, 'setBounds' | 'setVisible'> {
  webContents: SiteContents;
}

/**
 * What the site view needs from Electron. Generic over the view and session types so the
 * app passes the real WebContentsView and Session and the tests their typed doubles.
 */
export interface ElectronSiteViewDeps<V extends SiteViewHandle, S extends SiteSession> {
  window: { contentView: { addChildView(view: V): void; removeChildView(view: V): void } };
  createView(webPreferences: WebPreferences): V;
  sessionFromPartition(name: string): S;
  clipboard: ClipboardPort;
  popupMenu(template: MenuItemConstructorOptions[]): void;
  contextMenuLabels(language: string): ContextMenuLabels;
  /** The centre's permission grants, compiled (policy/permission-rules). */
  grants(): readonly CompiledGrant[];
  /** The printing service's PDF handler; by default a download is cancelled with a message. */
  downloadHandler?: DownloadHandler<S>;
  /** A renderer was lost or the file chooser guard failed: back to a clean home. */
  onIncident(incident: string): void;
  /** Gives the keyboard focus back to the borne's UI (a hidden view must not keep it). */
  focusUi(): void;
  platform: NodeJS.Platform;
}

interface OpenView<V> {
  view: V;
  contents: SiteContents;
  events: SiteViewEvents;
  devtools: DevtoolsGuard;
  language: string;
}

/** Keys of the on-screen keyboard, as Electron's sendInputEvent names them. */
const KEY_CODES: Record<SiteKey, string> = {
  Backspace: 'Backspace',
  Enter: 'Return',
  Tab: 'Tab',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/**
 * The official site in a WebContentsView under the borne's toolbar: one fresh view per
 * démarche, in the resident session's partition (from the pool), every navigation path,
 * input, menu, permission, download and crash held by the guards, and the wipe at the end
 * of the session. The services drive it through SiteViewPort.
 */
export class ElectronSiteView<
  V extends SiteViewHandle,
  S extends SiteSession,
> implements SiteViewPort {
  readonly kind = 'native';
  private current: OpenView<V> | null = null;
  private partition: { name: string; session: S; sessionId: string } | null = null;
  private area: ViewArea | null = null;
  private zoom = DEFAULT_ZOOM;
  readonly partitions: SitePartitions<S>;

  constructor(private readonly deps: ElectronSiteViewDeps<V, S>) {
    this.partitions = new SitePartitions(deps.sessionFromPartition, (session) =>
      guardSiteSession(session, {
        events: () => this.current?.events ?? null,
        grants: deps.grants,
        onDownload: (item) => this.onDownload(item, session),
      }),
    );
  }

  /** Whether these are the site view's contents (the security baseline asks, once created). */
  ownsContents(contents: object): boolean {
    return this.current?.contents === contents;
  }

  /** For the page printer: the site's webContents while a page is shown. */
  currentContents(): SiteContents | null {
    return this.current?.contents ?? null;
  }

  open(input: { url: string; sessionId: string; language: string }, events: SiteViewEvents): void {
    this.close();
    const partition = this.partitionFor(input.sessionId);
    const view = this.deps.createView(siteWebPreferences(partition.name));
    const contents = view.webContents;
    const devtools = guardWithDevtools(contents, {
      fileChooserOpened: (request) => events.fileChooserOpened(request),
      printRequested: () => events.printRequested(),
      // Deferred: an attach failure is reported once this view is the current one.
      unguarded: () => queueMicrotask(() => this.lost(contents, 'site-dialog-guard-lost')),
    });
    this.current = { view, contents, events, devtools, language: input.language };
    guardSiteNavigation(contents, events);
    guardKeyboard(contents, {
      onAdminShortcut: () => events.adminShortcut(),
      onZoom: (action) => this.applyZoom(action),
      onInput: () => events.input(),
    });
    watchPointer(contents, {
      onInput: () => events.input(),
      onZoom: (action) => this.applyZoom(action),
    });
    guardContextMenu(
      contents,
      () => this.deps.contextMenuLabels(input.language),
      this.deps.popupMenu,
    );
    watchRenderer(contents, 'site', (incident) => this.lost(contents, incident));
    // Chromium remembers zoom per host in the partition: every page gets this resident's.
    contents.on('did-navigate', () => contents.setZoomFactor(this.zoom));
    this.deps.window.contentView.addChildView(view);
    this.placeView();
    void this.loadWhenGuarded(contents, devtools, input.url);
  }

  /**
   * The dialog guard must be in place before the site's first page runs: the view starts
   * on about:blank (the DevTools session only answers once a page exists), waits for the
   * guard, then loads the démarche. A guard that fails never lets the site load.
   */
  private async loadWhenGuarded(contents: SiteContents, devtools: DevtoolsGuard, url: string) {
    try {
      await contents.loadURL('about:blank');
      await devtools.ready;
    } catch {
      return;
    }
    if (this.current?.contents === contents) await contents.loadURL(url).catch(() => undefined);
  }

  load(url: string): void {
    void this.current?.contents.loadURL(url);
  }

  close(): void {
    const open = this.current;
    if (!open) return;
    this.current = null;
    open.devtools.dispose();
    this.deps.window.contentView.removeChildView(open.view);
    open.contents.close();
  }

  goBack(): boolean {
    const history = this.current?.contents.navigationHistory;
    if (!history?.canGoBack()) return false;
    history.goBack();
    return true;
  }

  reload(): void {
    this.current?.contents.reload();
  }

  setArea(area: ViewArea | null): void {
    this.area = area;
    this.placeView();
  }

  insertText(text: string): boolean {
    const contents = this.current?.contents;
    if (!contents) return false;
    // The keyboard is in the UI: give the focus back to the site's field, then type there.
    contents.focus();
    void contents.insertText(text).then(() => this.revealFocusedField(contents));
    return true;
  }

  pressKey(key: SiteKey): boolean {
    const contents = this.current?.contents;
    if (!contents) return false;
    contents.focus();
    const keyCode = KEY_CODES[key];
    contents.sendInputEvent({ type: 'keyDown', keyCode });
    if (key === 'Enter') contents.sendInputEvent({ type: 'char', keyCode: '\r' });
    contents.sendInputEvent({ type: 'keyUp', keyCode });
    return true;
  }

  chooseFiles(paths: readonly string[]): boolean {
    if (!this.current) return false;
    void this.current.devtools.answerFileChooser(paths);
    return true;
  }

  async wipe(input: {
    loginProvidersUsed: readonly string[];
    loginProviderHosts: readonly string[];
  }): Promise<WipeReport> {
    const partition = this.partition;
    this.partition = null;
    const report = await runShellWipe(wipePlan(input), {
      session: partition?.session ?? null,
      destroyView: () => this.close(),
      clipboard: this.deps.clipboard,
      resetZoom: () => (this.zoom = DEFAULT_ZOOM),
      loginProviderHosts: input.loginProviderHosts,
      platform: this.deps.platform,
    });
    if (partition) this.partitions.release(partition.name, report.partitionClean);
    return report;
  }

  private partitionFor(sessionId: string) {
    if (this.partition?.sessionId !== sessionId) {
      // A session that ended without its wipe (should not happen): never share its partition.
      if (this.partition) this.partitions.release(this.partition.name, false);
      this.partition = { ...this.partitions.acquire(), sessionId };
    }
    return this.partition;
  }

  private placeView(): void {
    const open = this.current;
    if (!open) return;
    if (this.area) {
      open.view.setBounds(this.area);
      open.view.setVisible(true);
    } else {
      open.view.setVisible(false);
      // Keys typed while a dialog shows go to the dialog, never to the hidden site.
      this.deps.focusUi();
    }
  }

  private applyZoom(action: ZoomAction): void {
    this.zoom = nextZoom(this.zoom, action);
    this.current?.contents.setZoomFactor(this.zoom);
  }

  private revealFocusedField(contents: SiteContents): void {
    // A constant script in an isolated world: the page cannot change what it does.
    void contents
      .executeJavaScriptInIsolatedWorld(1000, [
        { code: "document.activeElement?.scrollIntoView({ block: 'nearest' })" },
      ])
      .catch(() => undefined);
  }

  private onDownload(item: DownloadItem, session: S): void {
    if (this.deps.downloadHandler) {
      this.deps.downloadHandler(item, session);
      return;
    }
    item.cancel();
    this.current?.events.downloadRefused();
  }

  private lost(contents: SiteContents, incident: string): void {
    if (this.current?.contents !== contents) return;
    this.deps.onIncident(incident);
  }
}
