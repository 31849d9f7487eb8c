import type { Event, HandlerDetails, WebContents } from 'electron';
import type {
  NavigationRequest,
  NavigationVerdict,
  SiteViewEvents,
} from '../../services/site/site-view-port';

export type NavigationContents = Pick<
  WebContents,
  'on' | 'setWindowOpenHandler' | 'loadURL' | 'navigationHistory'
>;

/** Chromium's "navigation aborted" and "blocked by client": our own refusals, not failures. */
const OUR_CANCELLATIONS = new Set([-3, -20]);

/**
 * Every path a page can move by, held to the controller's decision: will-navigate and
 * will-frame-navigate (links, forms, scripts, dropped links, target=_top from a frame),
 * will-redirect (server redirects, at every hop), setWindowOpenHandler (window.open,
 * target=_blank, middle and shift clicks: never a new window; an allowed address opens
 * in this same view, a form's POST body included), and <webview> never attaches.
 */
export function guardSiteNavigation(contents: NavigationContents, events: SiteViewEvents): void {
  const decide = (event: Event, request: NavigationRequest) =>
    apply(event, events.decideNavigation(request), contents);

  contents.on('will-navigate', (event) => {
    decide(event, { url: event.url, path: 'link', isMainFrame: true });
  });
  contents.on('will-frame-navigate', (event) => {
    decide(event, {
      url: event.url,
      path: event.isMainFrame ? 'link' : 'frame',
      isMainFrame: event.isMainFrame,
    });
  });
  contents.on('will-redirect', (event) => {
    decide(event, { url: event.url, path: 'redirect', isMainFrame: event.isMainFrame });
  });
  contents.setWindowOpenHandler((details) => {
    const verdict = events.decideNavigation({
      url: details.url,
      path: 'new-window',
      isMainFrame: true,
    });
    const options = sameViewLoadOptions(details);
    if (verdict.allow) loadLater(contents, details.url, options);
    else if (verdict.loadInstead) loadLater(contents, verdict.loadInstead);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  const report = (url: string) => {
    // The view starts on about:blank while its guards are set up: not a page of the site.
    if (url === 'about:blank') return;
    events.committed({ url, canGoBack: contents.navigationHistory.canGoBack() });
  };
  contents.on('did-navigate', (_event, url) => report(url));
  contents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
    if (isMainFrame) report(url);
  });
  contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (isMainFrame && !OUR_CANCELLATIONS.has(errorCode)) events.loadFailed();
  });
}

function apply(event: Event, verdict: NavigationVerdict, contents: NavigationContents): void {
  if (verdict.allow) return;
  event.preventDefault();
  if (verdict.loadInstead) loadLater(contents, verdict.loadInstead);
}

/** Loads once the event that asked for it is over (never from inside a navigation hook). */
function loadLater(
  contents: NavigationContents,
  url: string,
  options?: Parameters<NavigationContents['loadURL']>[1],
): void {
  setImmediate(() => {
    contents.loadURL(url, options).catch(() => undefined);
  });
}

/** A form with target=_blank posts its body: the same view receives it. */
function sameViewLoadOptions(details: HandlerDetails) {
  const referrer = details.referrer.url ? { httpReferrer: details.referrer } : {};
  if (!details.postBody) return referrer;
  return {
    ...referrer,
    postData: details.postBody.data,
    extraHeaders: `content-type: ${details.postBody.contentType}${
      details.postBody.boundary ? `; boundary=${details.postBody.boundary}` : ''
    }`,
  };
}
