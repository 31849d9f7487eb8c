/**
 * electron-builder's own configuration loader, schema validation and file matchers, used
 * without building anything (no Electron download): the packaging checks in
 * packaging.test.ts (before the build) and e2e/packaging (on the real dist/ tree).
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';

export const PROJECT_DIR = resolve(import.meta.dirname, '..', '..');

const require = createRequire(import.meta.url);

/** The part of electron-builder's Configuration these checks read. */
export interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: unknown;
  asarUnpack?: string[];
  electronFuses?: Record<string, boolean>;
  publish?: unknown;
  artifactName?: string;
  nsis?: Record<string, unknown>;
  win?: Record<string, unknown>;
  linux?: Record<string, unknown> & { executableName?: string };
  deb?: { afterInstall?: string; afterRemove?: string };
  extraResources?: unknown;
  [key: string]: unknown;
}

type Filter = (file: string, stat: Stats) => boolean;

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean }): Promise<void>;
}
interface FileMatcherModule {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (pattern: string) => string,
    patterns?: string[],
  ) => { createFilter(): Filter };
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): { createFilter(): Filter }[];
}

const configModule = require('app-builder-lib/out/util/config/config') as ConfigModule;
const matcherModule = require('app-builder-lib/out/fileMatcher') as FileMatcherModule;

/** Loads a config file (with its `extends`) and validates it against electron-builder's schema. */
export async function loadValidatedConfig(file: string): Promise<BuilderConfig> {
  const config = await configModule.getConfig(PROJECT_DIR, join(PROJECT_DIR, file));
  await configModule.validateConfiguration(config, { isEnabled: false });
  return config;
}

/** Validates a config object as electron-builder would (throws on an error). */
export async function validate(config: BuilderConfig): Promise<void> {
  await configModule.validateConfiguration(config, { isEnabled: false });
}

const identity = (pattern: string) => pattern;

/**
 * The files of the project (node_modules aside, which electron-builder collects from
 * "dependencies") that would go into app.asar, as electron-builder's own matcher decides.
 */
export function appFiles(config: BuilderConfig): string[] {
  const outDir = join(PROJECT_DIR, config.directories?.output ?? 'dist');
  const packager = {
    info: {
      projectDir: PROJECT_DIR,
      buildResourcesDir: join(PROJECT_DIR, config.directories?.buildResources ?? 'build'),
      isPrepackedAppAsar: false,
      config,
      debugLogger: { isEnabled: false },
    },
  };
  const matchers = matcherModule.getMainFileMatchers(
    PROJECT_DIR,
    '/app',
    identity,
    {},
    packager,
    outDir,
    false,
  );
  const filter = matchers[0]?.createFilter();
  if (!filter) throw new Error('no file matcher');
  return walk(PROJECT_DIR, filter, new Set(['node_modules', '.git']));
}

function walk(dir: string, filter: Filter, skip: Set<string>): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (dir === PROJECT_DIR && skip.has(name)) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (!filter(path, stat)) continue;
    if (stat.isDirectory()) found.push(...walk(path, filter, skip));
    else found.push(relative(PROJECT_DIR, path).split(sep).join('/'));
  }
  return found;
}

/** Whether electron-builder's asarUnpack patterns would unpack that file (path from the app root). */
export function isAsarUnpacked(config: BuilderConfig, file: string): boolean {
  const matcher = new matcherModule.FileMatcher(PROJECT_DIR, '/app', identity, config.asarUnpack);
  return matcher.createFilter()(join(PROJECT_DIR, file), statSync(join(PROJECT_DIR, file)));
}

/** Installed packages that ship with the app: everything in the lockfile not marked dev. */
export function productionPackageDirs(): string[] {
  const lock = JSON.parse(readFileSync(join(PROJECT_DIR, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path]) => path);
}

/**
 * Files in production packages that cannot run from inside an asar archive: compiled
 * addons (.node) and executables a package starts itself (.exe, e.g. SumatraPDF).
 */
export function nativeFiles(): string[] {
  const found: string[] = [];
  for (const packageDir of productionPackageDirs()) {
    const absolute = join(PROJECT_DIR, packageDir);
    let entries: string[];
    try {
      entries = readdirSync(absolute, { recursive: true, encoding: 'utf8' });
    } catch {
      continue; // An optional package not installed on this platform.
    }
    for (const entry of entries) {
      const path = entry.split(sep).join('/');
      // Nested node_modules are packages of their own, listed separately in the lockfile;
      // build/ intermediates (obj.target) never ship: electron-builder rebuilds anyway.
      if (path.includes('node_modules/') || path.includes('/obj.target/')) continue;
      if (/\.(node|exe)$/i.test(path)) found.push(`${packageDir}/${path}`);
    }
  }
  return found.sort();
}

/** Production packages that compile an addon (binding.gyp) or ship one. */
export function nativePackages(): string[] {
  return productionPackageDirs()
    .filter((dir) => {
      try {
        return statSync(join(PROJECT_DIR, dir, 'binding.gyp')).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}
