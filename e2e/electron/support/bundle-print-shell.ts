import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** Builds print-shell-entry.ts into one CommonJS file the Electron main process can require. */
export async function bundlePrintShell(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'borne-print-shell-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve(import.meta.dirname, 'print-shell-entry.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: 'print-shell.cjs' },
      },
    },
    ssr: { noExternal: true },
  });
  return join(outDir, 'print-shell.cjs');
}
