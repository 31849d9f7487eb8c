import type { MenuItemConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, it } from 'vitest';
import type { SiteViewEvents } from '../../services/site/site-view-port';
import { FakeClipboard, FakeSession, FakeView, FakeWindow } from '../testing/fake-electron-site';
import { ElectronSiteView, type SiteViewHandle } from './electron-site-view';
import type { SiteSession } from './site-partitions';

function recordingEvents(log: string[]): SiteViewEvents {
  return {
    decideNavigation: (request) => ({ allow: request.url.startsWith('https://www.caf.fr/') }),
    decideSubresource: () => true,
    committed: (page) => log.push(`committed ${page.url}`),
    loadFailed: () => log.push('loadFailed'),
    input: () => log.push('input'),
    adminShortcut: () => log.push('admin'),
    fileChooserOpened: () => log.push('fileChooser'),
    downloadRefused: () => log.push('downloadRefused'),
    printRequested: () => log.push('print'),
  };
}

function setup(options: { failDebugger?: boolean } = {}) {
  const window = new FakeWindow();
  const views: FakeView[] = [];
  const preferences: WebPreferences[] = [];
  const sessions = new Map<string, FakeSession>();
  const incidents: string[] = [];
  const menus: MenuItemConstructorOptions[][] = [];
  const clipboard = new FakeClipboard();
  const focused = { count: 0 };
  const siteView = new ElectronSiteView<SiteViewHandle, SiteSession>({
    window,
    createView: (webPreferences) => {
      preferences.push(webPreferences);
      const view = new FakeView();
      view.webContents.debugger.failAttach = options.failDebugger ?? false;
      views.push(view);
      return view.handle;
    },
    sessionFromPartition: (name) => {
      const session = sessions.get(name) ?? new FakeSession();
      sessions.set(name, session);
      return session.handle;
    },
    clipboard,
    popupMenu: (template) => menus.push(template),
    contextMenuLabels: () => ({
      cut: 'Couper',
      copy: 'Copier',
      paste: 'Coller',
      selectAll: 'Tout',
    }),
    grants: () => [],
    onIncident: (incident) => incidents.push(incident),
    focusUi: () => (focused.count += 1),
    platform: 'win32',
  });
  const log: string[] = [];
  const events = recordingEvents(log);
  return {
    siteView,
    window,
    views,
    preferences,
    sessions,
    incidents,
    clipboard,
    log,
    events,
    focused,
  };
}

const view = (views: FakeView[], index: number) => {
  const found = views[index];
  if (!found) throw new Error(`no view ${index}`);
  return found;
};

describe('Electron site view (typed doubles)', () => {
  it('opens a fresh view in the session partition, under the UI, with every guard on', async () => {
    const { siteView, window, views, preferences, sessions, events } = setup();
    siteView.setArea({ x: 0, y: 96, width: 1280, height: 704 });
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    const first = view(views, 0);
    expect(preferences[0]).toMatchObject({
      partition: 'borne-site-1',
      sandbox: true,
      devTools: false,
    });
    expect(preferences[0]).not.toHaveProperty('preload');
    expect(window.children).toEqual([first.handle]);
    expect(first.bounds).toEqual({ x: 0, y: 96, width: 1280, height: 704 });
    expect(first.visible).toBe(true);
    // about:blank first, the site once the dialog guard is in place.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.webContents.loaded).toEqual([
      { url: 'about:blank' },
      { url: 'https://www.caf.fr/' },
    ]);
    expect(first.webContents.registered()).toEqual(
      expect.arrayContaining([
        'before-input-event',
        'context-menu',
        'did-navigate',
        'input-event',
        'render-process-gone',
        'unresponsive',
        'will-frame-navigate',
        'will-navigate',
        'will-redirect',
        'zoom-changed',
      ]),
    );
    expect(first.webContents.debugger.attached).toBe(true);
    const session = sessions.get('borne-site-1');
    expect(session?.beforeRequest).not.toBeNull();
    expect(session?.permissionRequest).not.toBeNull();
    expect(session?.registered()).toEqual(
      expect.arrayContaining(['will-download', 'select-hid-device', 'select-usb-device']),
    );
  });

  it('hides the view while the UI asks (modal open), and shows it again where told', () => {
    const { siteView, views, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    expect(view(views, 0).visible).toBe(false);
    siteView.setArea({ x: 0, y: 96, width: 900, height: 500 });
    expect(view(views, 0)).toMatchObject({ visible: true, bounds: { width: 900, height: 500 } });
    siteView.setArea(null);
    expect(view(views, 0).visible).toBe(false);
  });

  it('gives the keyboard back to the UI when the view hides for a dialog', () => {
    const { siteView, focused, events } = setup();
    siteView.setArea({ x: 0, y: 96, width: 900, height: 500 });
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    expect(focused.count).toBe(0);
    siteView.setArea(null);
    expect(focused.count).toBe(1);
  });

  it('destroys the old view when another démarche opens, in the same partition', () => {
    const { siteView, window, views, preferences, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    siteView.open({ url: 'https://www.caf.fr/autre', sessionId: 's1', language: 'fr' }, events);
    expect(view(views, 0).webContents.calls).toContain('close');
    expect(window.children).toEqual([view(views, 1).handle]);
    expect(preferences.map((each) => each.partition)).toEqual(['borne-site-1', 'borne-site-1']);
  });

  it('wipes the partition at session end, then hands it to the next resident', async () => {
    const { siteView, views, sessions, clipboard, window, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    const report = await siteView.wipe({ loginProvidersUsed: [], loginProviderHosts: [] });
    expect(report.partitionClean).toBe(true);
    expect(window.children).toEqual([]);
    expect(view(views, 0).webContents.calls).toContain('close');
    expect(sessions.get('borne-site-1')?.calls).toEqual(
      expect.arrayContaining(['clearData', 'clearStorageData', 'clearCache', 'clearAuthCache']),
    );
    expect(clipboard.cleared).toEqual(['clipboard']);
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's2', language: 'fr' }, events);
    expect(siteView.partitions.state).toMatchObject({ busy: ['borne-site-1'], created: 1 });
  });

  it('never reuses a partition whose wipe failed', async () => {
    const { siteView, sessions, preferences, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    sessions.get('borne-site-1')?.failing.add('clearCache');
    expect(
      (await siteView.wipe({ loginProvidersUsed: [], loginProviderHosts: [] })).partitionClean,
    ).toBe(false);
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's2', language: 'fr' }, events);
    expect(preferences.at(-1)?.partition).toBe('borne-site-2');
    expect(siteView.partitions.needsRelaunch).toBe(true);
  });

  it("types into the site's focused field, with the focus given back to the site first", async () => {
    const { siteView, views, events } = setup();
    expect(siteView.insertText('Dupont')).toBe(false);
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    expect(siteView.insertText('Dupont')).toBe(true);
    expect(siteView.pressKey('Enter')).toBe(true);
    await Promise.resolve();
    const contents = view(views, 0).webContents;
    expect(contents.calls.filter((call) => call === 'focus')).toHaveLength(2);
    expect(contents.typed).toEqual(['Dupont']);
    expect(contents.keys).toEqual([
      { type: 'keyDown', keyCode: 'Return' },
      { type: 'char', keyCode: '\r' },
      { type: 'keyUp', keyCode: 'Return' },
    ]);
    expect(contents.isolatedScripts[0]).toContain('scrollIntoView');
  });

  it('zooms within limits and gives every page the resident’s zoom, reset at the wipe', async () => {
    const { siteView, views, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    const contents = view(views, 0).webContents;
    for (let index = 0; index < 8; index += 1) contents.fire('zoom-changed', {}, 'in');
    contents.fire('did-navigate', {}, 'https://www.caf.fr/a');
    expect(contents.zoomFactors.at(-1)).toBe(2);
    await siteView.wipe({ loginProvidersUsed: [], loginProviderHosts: [] });
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's2', language: 'fr' }, events);
    const next = view(views, 1).webContents;
    next.fire('did-navigate', {}, 'https://www.caf.fr/');
    expect(next.zoomFactors).toEqual([1]);
  });

  it('cancels a download with a message unless the printing service takes it', () => {
    const { siteView, sessions, log, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    const cancelled: string[] = [];
    sessions
      .get('borne-site-1')
      ?.fire('will-download', {}, { cancel: () => cancelled.push('cancel') });
    expect(cancelled).toEqual(['cancel']);
    expect(log).toContain('downloadRefused');
  });

  it("passes the page's window.print() on, and never lets the file chooser open the system dialog", async () => {
    const { siteView, views, log, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const debuggerSession = view(views, 0).webContents.debugger;
    const binding = debuggerSession.commands.find(
      (command) => command.method === 'Runtime.addBinding',
    );
    debuggerSession.fire('message', {}, 'Runtime.bindingCalled', binding?.params);
    debuggerSession.fire('message', {}, 'Page.fileChooserOpened', {
      backendNodeId: 3,
      mode: 'selectSingle',
    });
    expect(log).toEqual(['print', 'fileChooser']);
    expect(siteView.chooseFiles(['/data/session-temp/a.pdf'])).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(debuggerSession.commands.at(-1)?.method).toBe('DOM.setFileInputFiles');
  });

  it('never loads the site when the dialog guard cannot be set up', async () => {
    const { siteView, views, incidents, events } = setup({ failDebugger: true });
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view(views, 0).webContents.loaded).toEqual([{ url: 'about:blank' }]);
    expect(incidents).toEqual(['site-dialog-guard-lost']);
  });

  it('reports a lost renderer of the open view only', () => {
    const { siteView, views, incidents, events } = setup();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    siteView.open({ url: 'https://www.caf.fr/b', sessionId: 's1', language: 'fr' }, events);
    view(views, 0).webContents.fire('render-process-gone', {}, { reason: 'clean-exit' });
    view(views, 1).webContents.fire('render-process-gone', {}, { reason: 'killed' });
    expect(incidents).toEqual(['site-renderer-killed']);
  });

  it('gives the page printer the site webContents while a page is shown, and tells its contents apart', () => {
    const { siteView, views, events } = setup();
    expect(siteView.currentContents()).toBeNull();
    siteView.open({ url: 'https://www.caf.fr/', sessionId: 's1', language: 'fr' }, events);
    expect(siteView.currentContents()).toBe(view(views, 0).webContents);
    expect(siteView.ownsContents(view(views, 0).webContents)).toBe(true);
    expect(siteView.ownsContents({})).toBe(false);
  });
});
