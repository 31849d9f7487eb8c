import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile, mergeConfig } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the floor app (React + ReactDOM rendering one heading) with the renderer's own
 * Vite config (vite.config.ts, production mode): same plugins, target and minifier, so
 * that the ratio measures the portal's code, not a build difference.
 */
export async function buildFloorApp(): Promise<string> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(ROOT, 'vite.config.ts'),
    ROOT,
    'silent',
  );
  if (!loaded) throw new Error('vite.config.ts not found');
  const outDir = mkdtempSync(join(tmpdir(), 'borne-floor-'));
  await build(
    mergeConfig(loaded.config, {
      configFile: false,
      logLevel: 'silent',
      root: join(ROOT, 'bench', 'portal', 'floor'),
      build: { outDir, emptyOutDir: true, sourcemap: false },
    }),
  );
  return outDir;
}

/** Gzip size (level 9) of a file: what it costs to ship. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every .js file under a built app's assets folder. */
export function builtScripts(outDir: string): string[] {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(assets, name));
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves a built app on 127.0.0.1 (for the floor's paint timing). */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
