import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generatedKioskFiles,
  KIOSK_ACCOUNT,
  LINUX_APPIMAGE,
  SHELL_LAUNCHER_PROFILE_ID,
} from './kiosk-os-files';
import { powershellSyntaxProblems } from './powershell-syntax';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OS_DIR = join(ROOT, 'kiosk-config', 'os');
const WINDOWS = join(OS_DIR, 'windows');
const LINUX = join(OS_DIR, 'linux');
const read = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

/** A Debian tool the tests need (.ci/run installs it); a clear failure when it is absent. */
function tool(name: string, pkg: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${name} is missing: apt-get install -y ${pkg}`);
  return found.stdout.trim();
}

describe('generated kiosk files', () => {
  it('are up to date (npm run kiosk-os)', () => {
    for (const [path, text] of Object.entries(generatedKioskFiles())) {
      expect(read(join(OS_DIR, path)), path).toBe(text);
    }
  });
});

describe('Windows: Shell Launcher configuration', () => {
  const xml = join(WINDOWS, 'ShellLauncher.xml');
  const schema = join(WINDOWS, 'schema', 'ShellLauncher.xsd');
  const validate = (file: string) =>
    spawnSync(tool('xmllint', 'libxml2-utils'), ['--noout', '--schema', schema, file], {
      encoding: 'utf8',
    });

  it('validates against the Shell Launcher schema', () => {
    const result = validate(xml);
    expect(result.stderr.trim()).toBe(`${xml} validates`);
    expect(result.status).toBe(0);
  });

  it('and the schema does refuse a wrong action or a config naming no profile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-xml-'));
    const text = read(xml);
    writeFileSync(join(dir, 'action.xml'), text.replace('"RestartShell"', '"Restart"'));
    writeFileSync(
      join(dir, 'profile.xml'),
      text.replace(
        `<Profile Id="${SHELL_LAUNCHER_PROFILE_ID}"/>`,
        '<Profile Id="{00000000-0000-0000-0000-000000000000}"/>',
      ),
    );
    expect(validate(join(dir, 'action.xml')).status).not.toBe(0);
    expect(validate(join(dir, 'profile.xml')).stderr).toMatch(/ConfigProfileExists/);
  });

  it('gives the kiosk account the watchdog as its only shell, restarted if it exits', () => {
    const text = read(xml);
    expect(text).toContain(`<Account Name="${KIOSK_ACCOUNT}"/>`);
    expect(text).toContain('<DefaultAction Action="RestartShell"/>');
    expect(text).toContain('V2:AllAppsFullScreen="true"');
    expect(text).toMatch(/borne-shell\.ps1/);
    // The install script copies exactly the files the configuration points at.
    const install = read(join(WINDOWS, 'Install-BorneKiosk.ps1'));
    expect(install).toContain(`$UserName = '${KIOSK_ACCOUNT}'`);
    expect(install).toContain("Copy-Item -Path (Join-Path $ScriptDir 'borne-shell.ps1')");
  });
});

describe('Windows: PowerShell scripts (syntax by the tree-sitter PowerShell grammar)', () => {
  const scripts = readdirSync(WINDOWS).filter((name) => name.endsWith('.ps1'));

  it.each(scripts)('%s parses without a syntax error', async (name) => {
    expect(await powershellSyntaxProblems(read(join(WINDOWS, name)))).toEqual([]);
  });

  it('the parser does report a broken script', async () => {
    const broken = read(join(WINDOWS, 'borne-shell.ps1')).replace(
      'while ($true) {',
      'while ($true {',
    );
    expect((await powershellSyntaxProblems(broken)).length).toBeGreaterThan(0);
    expect(
      (await powershellSyntaxProblems('$x = @{ a = 1\nWrite-Host "unterminated\n')).length,
    ).toBeGreaterThan(0);
  });

  it('saves the scripts with a BOM, so Windows PowerShell 5.1 reads the accents', () => {
    for (const name of scripts) {
      expect(readFileSync(join(WINDOWS, name)).subarray(0, 3).toString('hex'), name).toBe('efbbbf');
    }
  });

  it('the watchdog waits on the lock file the NSIS installer writes during an update', () => {
    const nsis = read(join(ROOT, 'installers', 'windows', 'installer.nsh'));
    const shell = read(join(WINDOWS, 'borne-shell.ps1'));
    expect(nsis).toContain('$LOCALAPPDATA\\borne-updater\\installing.lock');
    expect(shell).toContain("$UpdaterDir = Join-Path $env:LOCALAPPDATA 'borne-updater'");
    expect(shell).toContain("$UpdateLock = Join-Path $UpdaterDir 'installing.lock'");
    // Per-user install folder of electron-builder's NSIS for package name "borne".
    expect(shell).toContain("Join-Path $env:LOCALAPPDATA 'Programs\\borne'");
  });

  it('keeps Windows Update restarts out of opening hours and the screen on', () => {
    const install = read(join(WINDOWS, 'Install-BorneKiosk.ps1'));
    for (const setting of [
      'SetActiveHours',
      'ActiveHoursStart',
      'ActiveHoursEnd',
      'DisableNotificationCenter',
      'AutoAdminLogon',
      'monitor-timeout-ac 0',
      'standby-timeout-ac 0',
    ]) {
      expect(install).toContain(setting);
    }
  });
});

describe('Linux: shell scripts and session', () => {
  it('pass shellcheck (kiosk set-up and the deb maintainer scripts)', () => {
    const files = [
      join(LINUX, 'install-borne-kiosk.sh'),
      join(LINUX, 'borne-session'),
      join(ROOT, 'installers', 'linux', 'after-install.sh'),
      join(ROOT, 'installers', 'linux', 'after-remove.sh'),
    ];
    const result = spawnSync(tool('shellcheck', 'shellcheck'), ['-x', '-f', 'json', ...files], {
      encoding: 'utf8',
    });
    expect(JSON.parse(result.stdout || '[]')).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('and shellcheck does flag a classic mistake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-sh-'));
    writeFileSync(join(dir, 'bad.sh'), '#!/bin/sh\nrm -rf $1/*\n');
    const result = spawnSync('shellcheck', ['-f', 'json', join(dir, 'bad.sh')], {
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
  });

  it('logs the kiosk account on into the borne session, with blanking off', () => {
    const lightdm = read(join(LINUX, '50-borne-kiosk.conf'));
    expect(lightdm).toContain(`autologin-user=${KIOSK_ACCOUNT}`);
    expect(lightdm).toContain('autologin-session=borne-kiosk');
    expect(lightdm).toMatch(/xserver-command=X -s 0 -dpms/);
    expect(read(join(LINUX, 'borne-kiosk.desktop'))).toContain(
      'Exec=/usr/local/lib/borne/borne-session',
    );
    const session = read(join(LINUX, 'borne-session'));
    expect(session).toContain('xset s off');
    expect(session).toContain('xset -dpms');
    expect(session).toContain('systemctl --user start borne.service');
    execFileSync(tool('xmllint', 'libxml2-utils'), ['--noout', join(LINUX, 'openbox-rc.xml')]);
  });
});

describe('Linux: the systemd user unit', () => {
  const unitText = read(join(LINUX, 'borne.service'));

  function sections(text: string): Record<string, Record<string, string>> {
    const result: Record<string, Record<string, string>> = {};
    let current = '';
    for (const line of text.split('\n')) {
      const header = /^\[(.+)\]$/.exec(line.trim());
      if (header?.[1]) result[(current = header[1])] = {};
      else if (/^[A-Za-z]+=/.test(line)) {
        const [key = '', ...value] = line.split('=');
        (result[current] ??= {})[key] = value.join('=');
      }
    }
    return result;
  }

  it('starts the AppImage the install script puts in the account home, and always restarts it', () => {
    const unit = sections(unitText);
    expect(unit.Service).toMatchObject({
      ExecStart: LINUX_APPIMAGE,
      Restart: 'always',
      RestartSec: '3',
    });
    expect(unit.Unit?.PartOf).toBe('graphical-session.target');
    expect(read(join(LINUX, 'install-borne-kiosk.sh'))).toContain(
      '"$home_dir/Applications/Borne.AppImage"',
    );
  });

  it('is accepted by systemd-analyze verify, without a single warning', () => {
    const home = mkdtempSync(join(tmpdir(), 'borne-home-'));
    mkdirSync(join(home, 'Applications'));
    writeFileSync(join(home, 'Applications', 'Borne.AppImage'), '#!/bin/sh\n');
    chmodSync(join(home, 'Applications', 'Borne.AppImage'), 0o755);
    const dir = mkdtempSync(join(tmpdir(), 'borne-unit-'));
    const unit = join(dir, 'borne.service');
    writeFileSync(unit, unitText.replaceAll('%h', home));
    const result = spawnSync(tool('systemd-analyze', 'systemd'), ['verify', unit], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    writeFileSync(unit, unitText.replaceAll('%h', home).replace('Restart=', 'Restartt='));
    expect(spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' }).stderr).toMatch(
      /Unknown key 'Restartt'/,
    );
  });
});
