import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiEnvelope } from '../contract/errors';
import type { Dispatcher } from '../dispatcher';
import { contentTypeOf, resolveStaticFile } from '../../policy/static-files';
import { formatSseMessage } from './sse-parser';

export interface PreviewHostOptions {
  dispatcher: Dispatcher;
  subscribeEvents(listener: (name: string, payload: unknown) => void): () => void;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The built browser bridge (dist/preview-bridge/bridge.js). */
  bridgeScript: string;
  contentSecurityPolicy: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  maxBodyBytes?: number;
  /** Preview-only POST routes taking raw bytes (tests), behind the same token and origin checks. */
  routes?: readonly PreviewRoute[];
  /**
   * Preview-only routes for browser tests, at POST /__borne/test/<name> with a JSON body,
   * behind the same token, Host, Origin and content-type checks as the API. They stand in
   * for what the Electron shell sees (the site navigating, time passing); they are not
   * part of the API contract and do not exist in the app.
   */
  testRoutes?: Readonly<Record<string, (body: unknown) => unknown>>;
}

export interface PreviewRoute {
  path: string;
  handle(body: Buffer): Promise<{ status: number; body: unknown }>;
}

export interface PreviewHost {
  port: number;
  token: string;
  /** Open this once: it sets the session cookie and redirects to the UI. */
  loginUrl: string;
  origin: string;
  close(): Promise<void>;
}

const COOKIE = 'borne_preview';
const TEST_ROUTE_PREFIX = '/__borne/test/';
const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'unknown-method': 404,
  'invalid-argument': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  unavailable: 503,
  internal: 500,
};

/**
 * Serves the built UI and the API over HTTP on 127.0.0.1 only, for browser tests and
 * `npm run preview`. Every API request needs the per-run token (bearer header or the
 * HttpOnly, SameSite=Strict cookie); the Host header must be the loopback address, which
 * defeats DNS rebinding; calls must be JSON, which a cross-site form cannot send.
 */
export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const server = createServer();
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const context: HostContext = { options, token, port, streams };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(context, request, response).catch(() => {
      if (!response.headersSent) respondJson(response, 500, { error: 'internal' });
      else response.destroy();
    });
  });

  return {
    port,
    token,
    origin,
    loginUrl: `${origin}/?token=${token}`,
    close: () => closeServer(server, streams),
  };
}

interface HostContext {
  options: PreviewHostOptions;
  token: string;
  port: number;
  streams: Set<ServerResponse>;
}

async function handle(context: HostContext, request: IncomingMessage, response: ServerResponse) {
  setSecurityHeaders(response);
  const allowedHosts = [`127.0.0.1:${context.port}`, `localhost:${context.port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) {
    respondJson(response, 421, { error: 'wrong host' });
    return;
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${context.port}`);
  if (url.pathname === '/api/events' && request.method === 'GET') {
    if (!isAuthenticated(context, request)) return respondEnvelope(response, forbiddenToken());
    return openEventStream(context, request, response);
  }
  if (url.pathname.startsWith('/api/')) {
    return handleCall(context, request, response, url.pathname.slice('/api/'.length));
  }
  const route = context.options.routes?.find((candidate) => candidate.path === url.pathname);
  if (route) return handleRoute(context, request, response, route);
  if (url.pathname.startsWith(TEST_ROUTE_PREFIX)) {
    return handleTestRoute(
      context,
      request,
      response,
      url.pathname.slice(TEST_ROUTE_PREFIX.length),
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    respondJson(response, 405, { error: 'method not allowed' });
    return;
  }
  if (url.searchParams.has('token')) return login(context, url, response);
  serveStatic(context.options, url.pathname, response);
}

async function handleCall(
  context: HostContext,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
) {
  const body = await readJsonCall(context, request, response);
  if (body === REFUSED) return;
  respondEnvelope(response, await context.options.dispatcher.dispatch(method, body.args));
}

async function handleTestRoute(
  context: HostContext,
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
) {
  const route = Object.hasOwn(context.options.testRoutes ?? {}, name)
    ? context.options.testRoutes?.[name]
    : undefined;
  if (!route) return respondJson(response, 404, { error: 'no such test route' });
  const body = await readJsonCall(context, request, response);
  if (body === REFUSED) return;
  try {
    respondJson(response, 200, { ok: true, result: (await route(body)) ?? null });
  } catch (error) {
    respondJson(response, 400, { ok: false, error: String(error) });
  }
}

const REFUSED = Symbol('refused');

/** What every preview POST must pass (method, token, the UI's own origin); answers a refusal. */
function refusedPost(
  context: HostContext,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  if (request.method !== 'POST') {
    respondJson(response, 405, { error: 'POST only' });
    return true;
  }
  if (!isAuthenticated(context, request)) {
    respondEnvelope(response, forbiddenToken());
    return true;
  }
  const origin = request.headers.origin;
  if (
    origin &&
    origin !== `http://127.0.0.1:${context.port}` &&
    origin !== `http://localhost:${context.port}`
  ) {
    respondEnvelope(response, fail('forbidden', 'cross-origin call refused', 'origin'));
    return true;
  }
  return false;
}

/** The checks every POST shares; answers the refusal itself and returns REFUSED. */
async function readJsonCall(
  context: HostContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<{ args?: unknown } | typeof REFUSED> {
  if (refusedPost(context, request, response)) return REFUSED;
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    respondEnvelope(response, fail('invalid-argument', 'JSON body expected', 'content-type'));
    return REFUSED;
  }
  const body = await readBody(request, context.options.maxBodyBytes ?? 16 * 1024 * 1024);
  if (body === null) {
    respondEnvelope(response, fail('invalid-argument', 'body too large', 'too-large'));
    return REFUSED;
  }
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    respondEnvelope(response, fail('invalid-argument', 'body is not JSON', 'json'));
    return REFUSED;
  }
}

/**
 * A preview-only route: POST, the token, the UI's own origin, and a raw body type that a
 * cross-site form cannot send (application/octet-stream needs a CORS preflight).
 */
async function handleRoute(
  context: HostContext,
  request: IncomingMessage,
  response: ServerResponse,
  route: PreviewRoute,
) {
  if (refusedPost(context, request, response)) return;
  if (request.headers['content-type'] !== 'application/octet-stream') {
    return respondJson(response, 415, { error: 'application/octet-stream expected' });
  }
  const body = await readBytes(request, context.options.maxBodyBytes ?? 16 * 1024 * 1024);
  if (body === null) return respondJson(response, 413, { error: 'body too large' });
  const answer = await route.handle(body);
  respondJson(response, answer.status, answer.body);
}

function openEventStream(context: HostContext, request: IncomingMessage, response: ServerResponse) {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write('retry: 1000\n\n');
  context.streams.add(response);
  const unsubscribe = context.options.subscribeEvents((name, payload) => {
    response.write(formatSseMessage(name, payload));
  });
  // A comment line now and then keeps proxies and idle timers from closing the stream.
  const heartbeat = setInterval(() => response.write(': ping\n\n'), 15_000);
  request.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    context.streams.delete(response);
  });
}

function login(context: HostContext, url: URL, response: ServerResponse) {
  if (!tokensMatch(url.searchParams.get('token') ?? '', context.token)) {
    respondJson(response, 403, { error: 'wrong token' });
    return;
  }
  url.searchParams.delete('token');
  response.writeHead(303, {
    'set-cookie': `${COOKIE}=${context.token}; HttpOnly; SameSite=Strict; Path=/`,
    location: `${url.pathname}${url.search}${url.hash}`,
  });
  response.end();
}

function serveStatic(options: PreviewHostOptions, pathname: string, response: ServerResponse) {
  if (pathname === '/__borne/bridge.js') return sendFile(response, options.bridgeScript);
  const file = resolveStaticFile(options.staticDir, pathname);
  if (!file) return respondJson(response, 404, { error: 'not found' });
  if (file.endsWith('index.html')) return sendIndex(options, file, response);
  sendFile(response, file);
}

/** The UI page, with the bridge script placed before the app's own module script. */
function sendIndex(options: PreviewHostOptions, file: string, response: ServerResponse) {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    return respondJson(response, 404, { error: 'UI not built: run npm run build' });
  }
  response.writeHead(200, {
    'content-type': contentTypeOf(file),
    'cache-control': 'no-store',
    'content-security-policy': options.contentSecurityPolicy,
  });
  response.end(html.replace('<head>', '<head><script src="/__borne/bridge.js"></script>'));
}

function sendFile(response: ServerResponse, file: string) {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    return respondJson(response, 404, { error: 'not found' });
  }
  response.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': size,
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}

function isAuthenticated(context: HostContext, request: IncomingMessage): boolean {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const cookie = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  return [bearer, cookie].some(
    (candidate) => candidate !== undefined && tokensMatch(candidate, context.token),
  );
}

function tokensMatch(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return (await readBytes(request, limit))?.toString('utf8') ?? null;
}

function readBytes(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done(null);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => done(size > limit ? null : Buffer.concat(chunks)));
    request.on('error', failed);
  });
}

function setSecurityHeaders(response: ServerResponse) {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  response.setHeader('x-frame-options', 'DENY');
}

function respondEnvelope(response: ServerResponse, envelope: ApiEnvelope) {
  respondJson(response, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
}

function respondJson(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function fail(code: ApiErrorCode, message: string, reason: string): ApiEnvelope {
  return { ok: false, error: { code, message, reason } };
}

function forbiddenToken(): ApiEnvelope {
  return fail('forbidden', 'missing or wrong preview token', 'token');
}

function closeServer(server: Server, streams: Set<ServerResponse>): Promise<void> {
  for (const stream of streams) stream.end();
  streams.clear();
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}
