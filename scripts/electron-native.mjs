#!/usr/bin/env node
/**
 * Before `npm start`: builds better-sqlite3 for Electron's ABI into .cache/electron-native/.
 *
 * node_modules keeps the Node build (tests and the preview host use it); the Electron app,
 * run from a checkout, loads this second copy (see src-main/shell/app-locations.ts). It
 * needs Electron's headers from electronjs.org, so it runs at `npm start`, never in
 * `npm ci`: CI machines cannot reach them. Packaged builds get the same rebuild from
 * electron-builder. Skips when the addon for this Electron version is already built.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const cacheDir = join(root, '.cache', 'electron-native');
const target = join(cacheDir, `better_sqlite3-electron-${electronVersion}.node`);

if (existsSync(target)) process.exit(0);

const nodeGyp = findNodeGyp();
const source = join(root, 'node_modules', 'better-sqlite3');
const work = join(cacheDir, 'better-sqlite3-src');
rmSync(work, { recursive: true, force: true });
mkdirSync(cacheDir, { recursive: true });
cpSync(source, work, {
  recursive: true,
  filter: (path) => !path.includes(`${join(source, 'build')}`),
});

console.log(`Building better-sqlite3 for Electron ${electronVersion} (once per Electron version)…`);
try {
  execFileSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  );
} catch {
  rmSync(work, { recursive: true, force: true });
  console.error(
    'Could not build better-sqlite3 for Electron: this needs Electron headers from electronjs.org ' +
      'and a C++ toolchain (python3, make, g++ / Visual Studio Build Tools).',
  );
  process.exit(1);
}
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(work, { recursive: true, force: true });
console.log(`Built ${target}`);

function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm bundles node-gyp next to itself.
    const npmPaths = [
      join(dirname(process.execPath), '..', 'lib', 'node_modules'),
      '/usr/lib/node_modules',
    ];
    const npmDir = dirname(require.resolve('npm/package.json', { paths: npmPaths }));
    return join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  }
}
