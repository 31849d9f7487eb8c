import { describe, expect, it } from 'vitest';
import type { NavigationRequest, SiteViewEvents } from '../../services/site/site-view-port';
import { contentsPort, FakeWebContents } from '../testing/fake-electron-site';
import { guardSiteNavigation, type NavigationContents } from './site-navigation-guard';

/** Events that allow caf.fr only, upgrade http, and record what the guard reported. */
function recordingEvents() {
  const asked: NavigationRequest[] = [];
  const reported: string[] = [];
  const events: SiteViewEvents = {
    decideNavigation(request) {
      asked.push(request);
      if (request.url.startsWith('http://www.caf.fr/')) {
        return { allow: false, loadInstead: request.url.replace('http:', 'https:') };
      }
      return { allow: request.url.startsWith('https://www.caf.fr/') };
    },
    decideSubresource: () => true,
    committed: (page) => reported.push(`committed ${page.url} back=${String(page.canGoBack)}`),
    loadFailed: () => reported.push('loadFailed'),
    input: () => {},
    adminShortcut: () => {},
    fileChooserOpened: () => {},
    downloadRefused: () => {},
    printRequested: () => {},
  };
  return { events, asked, reported };
}

function setup() {
  const contents = new FakeWebContents();
  const recording = recordingEvents();
  guardSiteNavigation(contentsPort<NavigationContents>(contents), recording.events);
  return { contents, ...recording };
}

describe('site navigation guard', () => {
  it('registers a handler on every path a page can move by', () => {
    const { contents } = setup();
    expect(contents.registered()).toEqual([
      'did-fail-load',
      'did-navigate',
      'did-navigate-in-page',
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    expect(contents.windowOpenHandler).not.toBeNull();
  });

  it('calls preventDefault on refused navigations, redirects and frames, not on allowed ones', () => {
    const { contents, asked } = setup();
    expect(contents.fire('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(contents.fire('will-navigate', { url: 'https://www.caf.fr/a' })).toBe(false);
    expect(
      contents.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: true }),
    ).toBe(true);
    expect(
      contents.fire('will-frame-navigate', { url: 'https://captcha.example/', isMainFrame: false }),
    ).toBe(true);
    expect(
      contents.fire('will-redirect', { url: 'https://evil.example/', isMainFrame: true }),
    ).toBe(true);
    expect(contents.fire('will-redirect', { url: 'https://www.caf.fr/b', isMainFrame: true })).toBe(
      false,
    );
    expect(asked.map((request) => `${request.path}:${String(request.isMainFrame)}`)).toEqual([
      'link:true',
      'link:true',
      'link:true',
      'frame:false',
      'redirect:true',
      'redirect:true',
    ]);
  });

  it('loads the https address instead of an http one', async () => {
    const { contents } = setup();
    expect(contents.fire('will-navigate', { url: 'http://www.caf.fr/vieux' })).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.loaded).toEqual([{ url: 'https://www.caf.fr/vieux' }]);
  });

  it('never opens a window: an allowed address opens in the same view, POST body included', async () => {
    const { contents } = setup();
    const postBody = {
      data: [{ type: 'rawData', bytes: Buffer.from('a=1') }],
      contentType: 'application/x-www-form-urlencoded',
    };
    expect(
      contents.windowOpenHandler?.({
        url: 'https://www.caf.fr/formulaire',
        disposition: 'foreground-tab',
        referrer: { url: 'https://www.caf.fr/', policy: 'default' },
        postBody,
      }),
    ).toEqual({ action: 'deny' });
    expect(
      contents.windowOpenHandler?.({
        url: 'https://evil.example/',
        disposition: 'new-window',
        referrer: { url: '', policy: 'default' },
      }),
    ).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.loaded).toEqual([
      {
        url: 'https://www.caf.fr/formulaire',
        options: {
          httpReferrer: { url: 'https://www.caf.fr/', policy: 'default' },
          postData: postBody.data,
          extraHeaders: 'content-type: application/x-www-form-urlencoded',
        },
      },
    ]);
  });

  it('refuses <webview>', () => {
    const { contents } = setup();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('reports committed pages and real load failures, not its own cancellations', () => {
    const { contents, reported } = setup();
    contents.history = ['https://www.caf.fr/', 'https://www.caf.fr/a'];
    contents.fire('did-navigate', {}, 'https://www.caf.fr/a');
    contents.fire('did-navigate-in-page', {}, 'https://www.caf.fr/a#etape2', true);
    contents.fire('did-navigate-in-page', {}, 'https://captcha.example/#x', false);
    contents.fire('did-fail-load', {}, -3, 'ERR_ABORTED', 'https://evil.example/', true);
    contents.fire('did-fail-load', {}, -20, 'ERR_BLOCKED_BY_CLIENT', 'https://evil.example/', true);
    contents.fire('did-fail-load', {}, -106, 'ERR_INTERNET_DISCONNECTED', 'https://x/', false);
    contents.fire(
      'did-fail-load',
      {},
      -106,
      'ERR_INTERNET_DISCONNECTED',
      'https://www.caf.fr/',
      true,
    );
    expect(reported).toEqual([
      'committed https://www.caf.fr/a back=true',
      'committed https://www.caf.fr/a#etape2 back=true',
      'loadFailed',
    ]);
  });
});
