import type { App, Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-protocol';
import { applySecurityBaseline, lockWebContents } from './security-baseline';

type Handler = (...args: never[]) => unknown;

/** A typed stand-in for the part of WebContents the baseline touches. */
function fakeContents(type: 'window' | 'browserView', session: object = {}) {
  const handlers = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    getType: () => type,
    session,
    on(name: string, handler: Handler) {
      handlers.set(name, handler);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const fire = (name: string, ...args: unknown[]) => {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    (handlers.get(name) as ((...values: unknown[]) => void) | undefined)?.(event, ...args);
    return prevented;
  };
  return {
    contents: contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'session'>,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
    handlers,
  };
}

describe('security baseline', () => {
  it('denies every new window and every <webview>', () => {
    const { contents, fire, openWindow } = fakeContents('browserView');
    lockWebContents(contents, { uiOrigins: [APP_ORIGIN] });
    expect(openWindow('https://www.caf.fr/')).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('leaves site views (registered once created, whatever their type) to their own rules', async () => {
    const siteSession = {};
    const site = fakeContents('window', siteSession);
    const siteContents = new Set<object>();
    lockWebContents(site.contents, {
      uiOrigins: [APP_ORIGIN],
      isSiteContents: (contents) => siteContents.has(contents),
    });
    // The site view registers its contents in the same tick it creates them.
    siteContents.add(site.contents);
    await Promise.resolve();
    expect(site.fire('will-navigate', 'https://www.caf.fr/')).toBe(false);
    expect(site.openWindow('https://www.caf.fr/')).toEqual({ action: 'deny' });
    const other = fakeContents('browserView');
    lockWebContents(other.contents, {
      uiOrigins: [APP_ORIGIN],
      isSiteContents: (contents) => siteContents.has(contents),
    });
    await Promise.resolve();
    expect(other.fire('will-navigate', 'https://www.caf.fr/')).toBe(true);
  });

  it('keeps the UI window on its own origin', async () => {
    const { contents, fire } = fakeContents('window');
    lockWebContents(contents, { uiOrigins: [APP_ORIGIN] });
    await Promise.resolve();
    expect(fire('will-navigate', 'app://borne/index.html#/admin')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('denies every permission by default and hooks every new webContents', async () => {
    const decisions: boolean[] = [];
    const handlers: { check?: () => boolean; device?: () => boolean } = {};
    let createdHandler: ((event: unknown, contents: unknown) => void) | null = null;
    const session = {
      setPermissionRequestHandler: (
        handler: (c: unknown, p: string, callback: (granted: boolean) => void) => void,
      ) => handler(null, 'media', (granted) => decisions.push(granted)),
      setPermissionCheckHandler: (handler: () => boolean) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: () => boolean) => (handlers.device = handler),
    } as unknown as Pick<
      Session,
      'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
    >;
    const app = {
      on: (name: string, handler: (event: unknown, contents: unknown) => void) => {
        if (name === 'web-contents-created') createdHandler = handler;
      },
    } as unknown as Pick<App, 'on'>;

    applySecurityBaseline(app, session, { uiOrigins: [APP_ORIGIN] });
    expect(decisions).toEqual([false]);
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
    const created = fakeContents('window');
    (createdHandler as ((event: unknown, contents: unknown) => void) | null)?.(
      {},
      created.contents,
    );
    await Promise.resolve();
    expect([...created.handlers.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
  });
});
