import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isAsarUnpacked,
  loadValidatedConfig,
  nativeFiles,
  nativePackages,
  PROJECT_DIR,
  validate,
  type BuilderConfig,
} from './builder-config';
import { pngSize, readIcoDirectory } from './ico';

const PRODUCTION_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder configuration (checked with electron-builder’s own schema)', () => {
  let config: BuilderConfig;
  let e2e: BuilderConfig;
  beforeAll(async () => {
    config = await loadValidatedConfig('electron-builder.yml');
    e2e = await loadValidatedConfig('electron-builder.e2e.yml');
  });

  it('is valid, and the validator does refuse a misspelt option', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: true } })).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it('sets the production fuses', () => {
    expect(config.electronFuses).toMatchObject(PRODUCTION_FUSES);
  });

  it('has a separate test build that only re-allows --inspect (for Playwright), never published', () => {
    expect(e2e.electronFuses).toEqual({
      ...config.electronFuses,
      enableNodeCliInspectArguments: true,
    });
    expect(e2e.directories?.output).not.toBe(config.directories?.output);
    expect(e2e.publish).toBeNull();
    expect(e2e.appId).toBe(config.appId);
  });

  it('installs per user on Windows, so the kiosk account updates without UAC', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(existsSync(join(PROJECT_DIR, String(config.nsis?.include)))).toBe(true);
  });

  it('builds an AppImage and a deb whose maintainer scripts match the install path', () => {
    const targets = (config.linux?.target as { target: string }[]).map((each) => each.target);
    expect(targets).toEqual(['AppImage', 'deb']);
    for (const script of [config.deb?.afterInstall, config.deb?.afterRemove]) {
      const text = readFileSync(join(PROJECT_DIR, String(script)), 'utf8');
      expect(text).toContain(`app_dir="/opt/${String(config.productName)}"`);
      expect(text).toContain(`executable="${String(config.linux?.executableName)}"`);
    }
  });

  it('names artifacts with version and arch, without spaces', () => {
    expect(config.artifactName).toMatch(/\$\{version\}/);
    expect(config.artifactName).toMatch(/\$\{arch\}/);
    expect(config.artifactName).not.toMatch(/\s/);
  });

  it('publishes to a generic server, with pilot channel files generated', () => {
    expect(config.publish).toEqual([
      {
        provider: 'generic',
        url: expect.stringMatching(/^https:\/\/.+\/app\/\$\{os\}$/) as unknown,
      },
    ]);
    expect(config.generateUpdatesFilesForAllChannels).toBe(true);
  });
});

describe('icons generated from resources/icon.svg (npm run icons)', () => {
  it('has a Windows .ico with PNG images from 16 to 256 px', () => {
    const directory = readIcoDirectory(readFileSync(join(PROJECT_DIR, 'resources', 'icon.ico')));
    expect(directory.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(directory.every((image) => image.isPng && image.bytes > 100)).toBe(true);
  });

  it('has the Linux set, each PNG of the size its name says', () => {
    const dir = join(PROJECT_DIR, 'resources', 'icons');
    const names = readdirSync(dir).sort();
    expect(names).toContain('512x512.png');
    for (const name of names) {
      const size = Number(name.split('x')[0]);
      expect(pngSize(readFileSync(join(dir, name)))).toEqual({ width: size, height: size });
    }
  });
});

describe('asar unpacking matches the native modules of the production dependencies', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    config = await loadValidatedConfig('electron-builder.yml');
  });

  it('unpacks every compiled addon and executable the production packages ship', () => {
    const files = nativeFiles();
    expect(files).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(files).toContain('node_modules/pdf-to-printer/dist/SumatraPDF-3.4.6-32.exe');
    const packed = files.filter((file) => !isAsarUnpacked(config, file));
    expect(packed).toEqual([]);
  });

  it('has no unpack pattern that matches nothing (a stale entry hides a missing one)', () => {
    const files = nativeFiles();
    for (const pattern of config.asarUnpack ?? []) {
      const matched = files.filter((file) => isAsarUnpacked({ asarUnpack: [pattern] }, file));
      expect(matched, pattern).not.toEqual([]);
    }
  });

  it('knows every package that compiles an addon', () => {
    // A new native dependency must be looked at: its addon unpacked and rebuilt for Electron.
    expect(nativePackages()).toEqual(['node_modules/better-sqlite3']);
    expect(config.npmRebuild).toBe(true);
  });
});
