import react from '@vitejs/plugin-react';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { iconSprite } from './scripts/icon-sprite';

/**
 * One Vite config, one mode per build target (see the "build" script):
 *   (default)  the React UI          → dist/renderer
 *   main       Electron main process → dist/main/main.cjs
 *   preload    the sandboxed preload → dist/preload/preload.cjs (one file, only 'electron' left)
 *   preview    the preview host      → dist/preview/preview-host.cjs
 *   bridge     its browser bridge    → dist/preview/bridge.js
 */
const packageJson = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  dependencies?: Record<string, string>;
};
const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function nodeBundle(
  entry: string,
  outDir: string,
  fileName: string,
  external: (string | RegExp)[],
): UserConfig {
  return {
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rollupOptions: {
        external,
        output: { format: 'cjs', entryFileNames: fileName },
      },
    },
    ssr: { noExternal: true },
  };
}

const dependencyPattern = (name: string) => new RegExp(`^${name}(/.*)?$`);

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'main':
      return nodeBundle('src-main/main.ts', 'dist/main', 'main.cjs', [
        'electron',
        ...nodeBuiltins,
        ...runtimeDependencies.map(dependencyPattern),
      ]);
    case 'preload':
      // Sandboxed preloads may only require 'electron' (and a few builtins): bundle the rest.
      return nodeBundle('src-main/api/ipc/preload.ts', 'dist/preload', 'preload.cjs', ['electron']);
    case 'preview':
      return nodeBundle('src-main/preview-main.ts', 'dist/preview-host', 'preview-host.cjs', [
        ...nodeBuiltins,
        ...runtimeDependencies.map(dependencyPattern),
      ]);
    case 'bridge':
      return {
        build: {
          outDir: 'dist/preview-bridge',
          emptyOutDir: true,
          sourcemap: true,
          lib: {
            entry: 'src-main/api/preview/browser/bridge.ts',
            formats: ['iife'],
            name: 'borneBridge',
            fileName: () => 'bridge.js',
          },
        },
      };
    default:
      return {
        root: 'src-renderer',
        base: '/',
        // The portal's icons go into index.html as an inline SVG sprite (scripts/icon-sprite.ts).
        plugins: [
          react(),
          iconSprite(fileURLToPath(new URL('./node_modules/lucide-static/icons', import.meta.url))),
        ],
        build: {
          outDir: '../dist/renderer',
          emptyOutDir: true,
          target: 'chrome120',
          sourcemap: true,
          // Admin mode and its heavy tools load on demand; the resident path stays small.
          reportCompressedSize: true,
        },
        server: { host: '127.0.0.1', port: 5173, strictPort: true },
      };
  }
});
