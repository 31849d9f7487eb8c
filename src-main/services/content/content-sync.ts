import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Logger } from '../logging/logger';
import type { BundleRejection } from './bundle-verify';
import type { ContentStore } from './content-store';

export type CheckResult =
  | { outcome: 'installed'; version: string }
  | { outcome: 'unchanged'; version: string | null }
  | { outcome: 'unreachable'; detail: string }
  | { outcome: 'rejected'; reason: BundleRejection; detail: string }
  | { outcome: 'disabled' };

export interface ContentCheck {
  at: string;
  result: CheckResult;
}

const stateSchema = z.object({
  etag: z.string().max(300).nullable().default(null),
  lastCheck: z
    .object({ at: z.string(), result: z.looseObject({ outcome: z.string() }) })
    .nullable()
    .default(null),
  consecutiveFailures: z.int().min(0).default(0),
});

export interface ContentSyncOptions {
  store: ContentStore;
  /** The bundle's address, read at each check (the config may change); null = off. */
  url: () => string | null;
  stateDir: string;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => Date;
}

/**
 * Fetches the federation's bundle over HTTP and hands it to the store. Asks with the
 * ETag of the last download so an unchanged bundle costs a 304. Any failure (server down,
 * an HTML error page, a cut transfer, a bundle the store refuses) leaves the bundle in
 * force untouched: the borne keeps serving the last good content.
 */
export class ContentSync {
  private readonly stateFile: string;
  private state: z.infer<typeof stateSchema>;
  private running: Promise<ContentCheck> | null = null;
  private readonly listeners = new Set<(check: ContentCheck) => void>();

  constructor(private readonly options: ContentSyncOptions) {
    this.stateFile = join(options.stateDir, 'sync-state.json');
    this.state = readState(this.stateFile);
  }

  get lastCheck(): ContentCheck | null {
    return this.state.lastCheck as ContentCheck | null;
  }

  get consecutiveFailures(): number {
    return this.state.consecutiveFailures;
  }

  onCheck(listener: (check: ContentCheck) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One check at a time: a second caller gets the check already under way. */
  checkNow(): Promise<ContentCheck> {
    this.running ??= this.check().finally(() => (this.running = null));
    return this.running;
  }

  private async check(): Promise<ContentCheck> {
    const url = this.options.url();
    const result = url ? await this.fetchAndAccept(url) : ({ outcome: 'disabled' } as const);
    const check: ContentCheck = { at: (this.options.now?.() ?? new Date()).toISOString(), result };
    const failed = result.outcome === 'unreachable' || result.outcome === 'rejected';
    this.state = {
      ...this.state,
      lastCheck: check,
      consecutiveFailures: failed ? this.state.consecutiveFailures + 1 : 0,
    };
    this.saveState();
    if (failed) this.options.logger.warn('content check failed', flatten(result));
    for (const listener of this.listeners) listener(check);
    return check;
  }

  private async fetchAndAccept(url: string): Promise<CheckResult> {
    const { store } = this.options;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        headers: {
          accept: 'application/octet-stream',
          // Without a bundle in force a 304 would leave the borne on shipped content forever.
          ...(this.state.etag && store.current ? { 'if-none-match': this.state.etag } : {}),
        },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        redirect: 'follow',
      });
    } catch (error) {
      return { outcome: 'unreachable', detail: describeError(error) };
    }
    if (response.status === 304) return { outcome: 'unchanged', version: store.version };
    if (!response.ok) {
      await response.body?.cancel();
      return { outcome: 'unreachable', detail: `HTTP ${response.status}` };
    }
    let bytes: Buffer;
    try {
      bytes = await readCapped(response, this.options.maxBytes ?? 64 * 1024 * 1024);
    } catch (error) {
      return { outcome: 'unreachable', detail: describeError(error) };
    }
    const accepted = store.accept(bytes);
    if (accepted.status === 'rejected') {
      return { outcome: 'rejected', reason: accepted.reason, detail: accepted.detail };
    }
    this.state.etag = response.headers.get('etag');
    return accepted.status === 'installed'
      ? { outcome: 'installed', version: accepted.manifest.version }
      : { outcome: 'unchanged', version: accepted.version };
  }

  private saveState(): void {
    try {
      mkdirSync(this.options.stateDir, { recursive: true });
      writeFileAtomic(this.stateFile, JSON.stringify(this.state, null, 2));
    } catch (error) {
      this.options.logger.warn('content sync state not saved', { error: String(error) });
    }
  }
}

/** Reads a response body, refusing more than `maxBytes` (a bundle is a few MB). */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`bundle too large (${declared} bytes)`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`bundle too large (over ${maxBytes} bytes)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function readState(file: string): z.infer<typeof stateSchema> {
  try {
    return stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return stateSchema.parse({});
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
    return `${error.name}: ${error.message}${code}`.slice(0, 200);
  }
  return String(error).slice(0, 200);
}

function flatten(result: CheckResult): Record<string, string> {
  return Object.fromEntries(Object.entries(result).map(([key, value]) => [key, String(value)]));
}
