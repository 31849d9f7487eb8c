import type { NavigationDecision } from './top-level-decision';
import { screenHttpsUrl } from './url-screen';

/**
 * The looser rule for what a page embeds: subframes (captchas, consent managers, payment
 * forms) and subresources (scripts, images, fonts, XHR). Official sites break when these
 * are held to the démarche's host list, so any host goes, but only over https (or wss for
 * sockets), with no credentials, and never an IP literal or a loopback name: a page must
 * not reach into the centre's own network (router, printers) through the borne.
 */
export function decideSubframe(raw: string): NavigationDecision {
  // A frame starts on about:blank or renders inline HTML (srcdoc): nothing is fetched.
  if (raw === 'about:blank' || raw === 'about:srcdoc') return { allowed: true, host: '' };
  return decideEmbedded(raw, false);
}

export function decideSubresource(raw: string): NavigationDecision {
  return decideEmbedded(raw, true);
}

function decideEmbedded(raw: string, socketsAllowed: boolean): NavigationDecision {
  // wss: is https' socket: screen it as https, then allow it where sockets are.
  const isSocket = socketsAllowed && raw.slice(0, 6).toLowerCase() === 'wss://';
  const screened = screenHttpsUrl(isSocket ? `https://${raw.slice(6)}` : raw);
  if (screened.ok) return { allowed: true, host: screened.host };
  const host = screened.url && screened.url.hostname !== '' ? screened.url.hostname : null;
  return { allowed: false, reason: screened.reason, host };
}
