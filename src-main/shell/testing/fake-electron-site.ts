import type { Cookie, MenuItemConstructorOptions } from 'electron';
import type { SiteViewHandle } from '../site-view/electron-site-view';
import type { SiteSession } from '../site-view/site-partitions';

type Listener = (...args: never[]) => unknown;

/**
 * Typed stand-ins for the Electron objects the site view uses: they keep the handlers
 * the shell registers and let a test fire events as Chromium would, recording what the
 * shell does in return (preventDefault, loadURL, close, clearData…).
 */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  /** Fires `name` with an event object carrying `details`; returns whether it was prevented. */
  fire(name: string, details: object = {}, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(name) ?? []) {
      (listener as (...values: unknown[]) => unknown)(event, ...args);
    }
    return prevented;
  }

  registered(): string[] {
    return [...this.listeners.keys()].sort();
  }
}

export class FakeDebugger extends FakeEmitter {
  attached = false;
  readonly commands: { method: string; params?: unknown; sessionId?: string }[] = [];
  failAttach = false;

  attach(): void {
    if (this.failAttach) throw new Error('Another debugger is already attached');
    this.attached = true;
  }

  sendCommand(method: string, params?: object, sessionId?: string): Promise<unknown> {
    this.commands.push({
      method,
      ...(params ? { params } : {}),
      ...(sessionId ? { sessionId } : {}),
    });
    return Promise.resolve({});
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly loaded: { url: string; options?: unknown }[] = [];
  readonly typed: string[] = [];
  readonly keys: { type: string; keyCode: string }[] = [];
  readonly calls: string[] = [];
  readonly zoomFactors: number[] = [];
  readonly isolatedScripts: string[] = [];
  readonly debugger = new FakeDebugger();
  windowOpenHandler: ((details: unknown) => { action: string }) | null = null;
  visualZoomLimits: [number, number] | null = null;
  destroyed = false;
  history: string[] = [];

  readonly navigationHistory = {
    canGoBack: () => this.history.length > 1,
    goBack: () => {
      this.history.pop();
      this.calls.push('goBack');
    },
  };

  setWindowOpenHandler(handler: (details: unknown) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  loadURL(url: string, options?: unknown): Promise<void> {
    this.loaded.push({ url, ...(options ? { options } : {}) });
    return Promise.resolve();
  }

  close(): void {
    this.destroyed = true;
    this.calls.push('close');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  focus(): void {
    this.calls.push('focus');
  }

  insertText(text: string): Promise<void> {
    this.typed.push(text);
    return Promise.resolve();
  }

  sendInputEvent(input: { type: string; keyCode: string }): void {
    this.keys.push({ type: input.type, keyCode: input.keyCode });
  }

  setZoomFactor(factor: number): void {
    this.zoomFactors.push(factor);
  }

  setVisualZoomLevelLimits(minimum: number, maximum: number): Promise<void> {
    this.visualZoomLimits = [minimum, maximum];
    return Promise.resolve();
  }

  reload(): void {
    this.calls.push('reload');
  }

  forcefullyCrashRenderer(): void {
    this.calls.push('forcefullyCrashRenderer');
  }

  executeJavaScriptInIsolatedWorld(_world: number, scripts: { code: string }[]): Promise<unknown> {
    this.isolatedScripts.push(...scripts.map((script) => script.code));
    return Promise.resolve(undefined);
  }

  copy(): void {
    this.calls.push('copy');
  }
  cut(): void {
    this.calls.push('cut');
  }
  paste(): void {
    this.calls.push('paste');
  }
  selectAll(): void {
    this.calls.push('selectAll');
  }
  print(): void {
    this.calls.push('print');
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF'));
  }
}

export class FakeView {
  readonly webContents = new FakeWebContents();
  bounds: unknown = null;
  visible: boolean | null = null;

  setBounds(bounds: unknown): void {
    this.bounds = bounds;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
  }

  /** The shell sees the view through its narrow, typed port. */
  get handle(): SiteViewHandle {
    return this as unknown as SiteViewHandle;
  }
}

/** The contents as the guards see it (their narrow Pick types). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the test names the port it hands over
export function contentsPort<T>(contents: FakeWebContents): T {
  return contents as unknown as T;
}

type RequestHandler = (
  details: { url: string; resourceType: string },
  callback: (response: { cancel: boolean }) => void,
) => void;

export class FakeSession extends FakeEmitter {
  readonly calls: string[] = [];
  cookieJar: Partial<Cookie>[] = [];
  readonly removedCookies: string[] = [];
  permissionRequest: ((...args: unknown[]) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  displayMedia: ((...args: unknown[]) => void) | null = null;
  bluetooth: ((...args: unknown[]) => void) | null = null;
  spellChecker: boolean | null = null;
  beforeRequest: RequestHandler | null = null;
  failing = new Set<string>();

  readonly cookies = {
    get: () => Promise.resolve(this.cookieJar as Cookie[]),
    remove: (url: string, name: string) => {
      this.removedCookies.push(`${name}@${url}`);
      this.cookieJar = this.cookieJar.filter(
        (cookie) =>
          !(cookie.name === name && url.includes((cookie.domain ?? '').replace(/^\./, ''))),
      );
      return Promise.resolve();
    },
  };

  readonly webRequest = {
    onBeforeRequest: (handler: RequestHandler) => {
      this.beforeRequest = handler;
    },
  };

  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler: (...args: unknown[]) => void): void {
    this.displayMedia = handler;
  }
  setBluetoothPairingHandler(handler: (...args: unknown[]) => void): void {
    this.bluetooth = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }

  private record(name: string): Promise<void> {
    this.calls.push(name);
    if (this.failing.has(name)) return Promise.reject(new Error(`${name} failed`));
    if (name === 'clearData' || name === 'clearStorageData') this.cookieJar = [];
    return Promise.resolve();
  }
  clearData(): Promise<void> {
    return this.record('clearData');
  }
  clearStorageData(): Promise<void> {
    return this.record('clearStorageData');
  }
  clearCache(): Promise<void> {
    return this.record('clearCache');
  }
  clearAuthCache(): Promise<void> {
    return this.record('clearAuthCache');
  }
  clearHostResolverCache(): Promise<void> {
    return this.record('clearHostResolverCache');
  }
  closeAllConnections(): Promise<void> {
    return this.record('closeAllConnections');
  }
  clearCodeCaches(): Promise<void> {
    return this.record('clearCodeCaches');
  }

  /** What a request of this type and address becomes under the backstop. */
  request(url: string, resourceType: string): boolean | null {
    const answer: { cancelled: boolean | null } = { cancelled: null };
    this.beforeRequest?.({ url, resourceType }, (response) => (answer.cancelled = response.cancel));
    return answer.cancelled === null ? null : !answer.cancelled;
  }

  get handle(): SiteSession {
    return this as unknown as SiteSession;
  }
}

export class FakeClipboard {
  readonly cleared: string[] = [];
  clear(): void {
    this.cleared.push('clipboard');
  }
  readonly selection = {
    clear: () => {
      this.cleared.push('selection');
    },
  };
}

export class FakeWindow {
  readonly children: SiteViewHandle[] = [];
  readonly contentView = {
    addChildView: (view: SiteViewHandle) => this.children.push(view),
    removeChildView: (view: SiteViewHandle) => {
      const index = this.children.indexOf(view);
      if (index !== -1) this.children.splice(index, 1);
    },
  };
}

export type PopupRecorder = { templates: MenuItemConstructorOptions[][] };
