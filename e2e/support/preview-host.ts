import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const DEMO_CONFIG = join(ROOT, 'kiosk-config', 'demo-centre.json');

export interface RunningPreview {
  /** Open this first: it logs the browser in (cookie) and lands on the portal. */
  loginUrl: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface PreviewOptions {
  /** Files to place in the data folder before start, e.g. a broken config. */
  files?: Record<string, string>;
  /** Extra environment for the preview host (e.g. BORNE_PREVIEW_TRUSTED_KEYS). */
  env?: Record<string, string | undefined>;
  /** Prepares the data folder before start, e.g. a database with statistics in it. */
  seed?: (dataDir: string) => void;
  startTimeoutMs?: number;
  /** Extra command-line switches for the preview host, e.g. ['--probe-base', url]. */
  args?: string[];
}

/** Starts the built preview host (dist/) on a free loopback port, over a fresh data folder. */
export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-e2e-'));
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    const file = join(dataDir, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  options.seed?.(dataDir);
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'dist', 'preview-host', 'preview-host.cjs'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      ...(options.args ?? []),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    },
  );
  const ready = await waitForReady(child, options.startTimeoutMs ?? 15_000);
  return {
    ...ready,
    origin: new URL(ready.loginUrl).origin,
    dataDir,
    stop: () => stopChild(child),
  };
}

function waitForReady(
  child: ChildProcess,
  timeoutMs: number,
): Promise<{ loginUrl: string; token: string }> {
  return new Promise((done, failed) => {
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(new Error(`preview host did not start in ${timeoutMs} ms: ${errors}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`preview host exited (${code}) before listening: ${errors}`));
    });
    if (!child.stdout) return failed(new Error('no stdout'));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const message = JSON.parse(line) as { event?: string; url?: string; token?: string };
        if (message.event === 'preview-ready' && message.url && message.token) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          done({ loginUrl: message.url, token: message.token });
        }
      } catch {
        // Not our JSON line.
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
