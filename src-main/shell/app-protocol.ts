import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveStaticFile } from '../policy/static-files';

/** The UI is served from app://borne/ rather than file://, with its own CSP. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://borne';

/** Must run before the app is ready: a standard, secure scheme gets a real origin. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer; anything outside its folder or on another host is a 404. */
export function serveRenderer(
  protocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
  contentSecurityPolicy: string,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'borne' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': contentTypeOf(file),
          'content-security-policy': contentSecurityPolicy,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
