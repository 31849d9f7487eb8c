import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { appFiles, loadValidatedConfig, PROJECT_DIR } from '../../scripts/packaging/builder-config';

/**
 * On the real `npm run build` output (npm test builds before the e2e projects): what
 * electron-builder's own matcher would put in app.asar.
 */
test('the app archive holds the built main, preload and renderer, and no source, test or map', async () => {
  const config = await loadValidatedConfig('electron-builder.yml');
  const files = appFiles(config);

  expect(files).toContain('dist/main/main.cjs');
  expect(files).toContain('dist/preload/preload.cjs');
  expect(files).toContain('dist/renderer/index.html');
  expect(files).toContain('package.json');

  // Every built file of the three targets ships (source maps aside).
  const built = ['dist/main', 'dist/preload', 'dist/renderer'].flatMap((dir) =>
    readdirSync(join(PROJECT_DIR, dir), { recursive: true, encoding: 'utf8' })
      .map((entry) =>
        relative(PROJECT_DIR, join(PROJECT_DIR, dir, entry))
          .split(sep)
          .join('/'),
      )
      .filter((path) => /\.\w+$/.test(path) && !path.endsWith('.map')),
  );
  expect(built.filter((path) => !files.includes(path))).toEqual([]);

  const forbidden = files.filter((path) =>
    /^(src-main|src-renderer|e2e|bench|scripts|installers|kiosk-config|resources|docs)\/|\.test\.tsx?$|\.ts$|\.map$|^dist\/preview-(host|bridge)\//.test(
      path,
    ),
  );
  expect(forbidden).toEqual([]);
  expect(files.every((path) => path === 'package.json' || path.startsWith('dist/'))).toBe(true);
});

test('every package the built main process requires is a production dependency', () => {
  const main = readFileSync(join(PROJECT_DIR, 'dist', 'main', 'main.cjs'), 'utf8');
  const packageJson = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const required = new Set(
    [...main.matchAll(/require\("([^"./][^"]*)"\)/g)]
      .map((match) => match[1] ?? '')
      .map((name) =>
        name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? ''),
      )
      .filter(
        (name) =>
          !name.startsWith('node:') && !builtinModules.includes(name) && name !== 'electron',
      ),
  );
  expect([...required].filter((name) => !(name in packageJson.dependencies))).toEqual([]);
  expect(required.has('better-sqlite3')).toBe(true);
});
