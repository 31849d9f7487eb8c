import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { judgeRequest, type RequestRules } from './matomo-request-rules';

/**
 * What the receiver does with one bulk request:
 * - ok: tracks it and answers like Matomo;
 * - error-500: answers 500 without tracking (Matomo rolls the bulk back);
 * - hang: never answers, tracks nothing;
 * - hang-after-tracking: tracks it, never answers (a lost answer);
 * - reset: drops the connection before tracking;
 * - reset-after-tracking: tracks it, then drops the connection (a lost answer).
 */
export type ReceiverFault =
  'ok' | 'error-500' | 'hang' | 'hang-after-tracking' | 'reset' | 'reset-after-tracking';

export interface TrackedRequest {
  params: URLSearchParams;
  /** Which bulk request (1-based, counting every one that reached the handler). */
  bulk: number;
  withToken: boolean;
}

export interface ReceiverOptions extends RequestRules {
  /** A token that also gets invalid_indices back (Matomo gives them to super users only). */
  superUserToken?: string;
  /** Decides, per bulk request, what goes wrong; default: nothing. */
  fault?: (bulk: number) => ReceiverFault;
  /** Tracks at once, answers after this long (a slow Matomo). */
  answerDelayMs?: number;
  now?: () => number;
}

/**
 * A Matomo bulk tracking endpoint on 127.0.0.1 for tests and benchmarks: POST
 * …/matomo.php with {"requests":[…],"token_auth"?}, every request judged as Matomo
 * would (see matomo-request-rules.ts), answered {"status":"success","tracked","invalid"}.
 * It can misbehave on demand and go down for a while, and counts the answers it lost.
 */
export class MatomoReceiver {
  readonly tracked: TrackedRequest[] = [];
  readonly violations: string[] = [];
  readonly invalid: string[] = [];
  /** Bulk requests tracked whose success answer never reached the client. */
  lostAnswers = 0;
  bulkRequests = 0;
  faultsInjected = 0;
  private server: Server;
  private port = 0;

  private constructor(private readonly options: ReceiverOptions) {
    this.server = this.createHttpServer();
  }

  static async start(options: ReceiverOptions, port = 0): Promise<MatomoReceiver> {
    const receiver = new MatomoReceiver(options);
    await receiver.listen(port);
    return receiver;
  }

  /** Base address to configure as the borne's Matomo URL. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  get endpoint(): string {
    return `${this.url}matomo.php`;
  }

  /** Stops listening and drops every connection, for `ms`, then listens again. */
  async goDown(ms: number): Promise<void> {
    await this.close();
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.server = this.createHttpServer();
    await this.listen(this.port);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // Idle keep-alive connections first, then whatever hangs.
      this.server.closeIdleConnections();
      this.server.closeAllConnections();
    });
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private createHttpServer(): Server {
    return createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.handle(request, response, Buffer.concat(chunks).toString()));
    });
  }

  private handle(request: IncomingMessage, response: ServerResponse, body: string): void {
    if (request.method !== 'POST' || !request.url?.endsWith('matomo.php')) {
      response.writeHead(404).end();
      return;
    }
    const bulk = ++this.bulkRequests;
    const fault = this.options.fault?.(bulk) ?? 'ok';
    if (fault !== 'ok') this.faultsInjected += 1;
    if (fault === 'error-500') return void response.writeHead(500).end('{"status":"error"}');
    if (fault === 'reset') return void request.socket.destroy();
    if (fault === 'hang') return;
    const answer = this.track(body, bulk);
    if (fault === 'hang-after-tracking' || fault === 'reset-after-tracking') {
      if (answer.status === 200) this.lostAnswers += 1;
      if (fault === 'reset-after-tracking') request.socket.destroy();
      return;
    }
    // An answer cut off on its way (the receiver going down) is a lost one too.
    response.on('close', () => {
      if (answer.status === 200 && !response.writableFinished) this.lostAnswers += 1;
    });
    const send = () => {
      if (response.destroyed) return;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    };
    if (this.options.answerDelayMs) setTimeout(send, this.options.answerDelayMs);
    else send();
  }

  private track(body: string, bulk: number): { status: number; body: object } {
    let parsed: { requests?: unknown; token_auth?: unknown };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      this.violations.push('body is not JSON');
      return { status: 400, body: { status: 'error', tracked: 0, invalid: 0 } };
    }
    if (!Array.isArray(parsed.requests) || parsed.requests.length === 0) {
      this.violations.push('no requests array');
      return { status: 400, body: { status: 'error', tracked: 0, invalid: 0 } };
    }
    const token = typeof parsed.token_auth === 'string' ? parsed.token_auth : null;
    const nowS = Math.floor((this.options.now ?? Date.now)() / 1000);
    const invalidIndices: number[] = [];
    parsed.requests.forEach((raw, index) => {
      const verdict = judgeRequest(raw, token, this.options, nowS);
      if (verdict.kind === 'tracked') {
        this.tracked.push({ params: verdict.params, bulk, withToken: token !== null });
        return;
      }
      invalidIndices.push(index);
      (verdict.kind === 'violation' ? this.violations : this.invalid).push(verdict.reason);
    });
    const superUser = token !== null && token === this.options.superUserToken;
    return {
      status: 200,
      body: {
        status: 'success',
        tracked: parsed.requests.length - invalidIndices.length,
        invalid: invalidIndices.length,
        ...(superUser ? { invalid_indices: invalidIndices } : {}),
      },
    };
  }
}
