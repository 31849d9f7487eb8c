import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKeyring } from '../../src-main/services/signing/ed25519';
import { verifyBundle } from '../../src-main/services/content/bundle-verify';
import { catalogueAt } from '../../src-main/services/content/testing/bundle-fixtures';
import { verifyReleaseFile } from '../../src-main/services/updates/release-signature';
import { CliError, runBundleCli } from './bundle-cli';

describe('the federation signing CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'borne-cli-'));
  const lines: string[] = [];
  const run = (...argv: string[]) => runBundleCli(argv, (line) => lines.push(line));

  it('makes a key pair, signs a bundle a borne accepts, and verifies it', () => {
    run('keygen', '--key-id', 'federation-2026', '--out-dir', dir);
    expect(() => run('keygen', '--key-id', 'federation-2026', '--out-dir', dir)).toThrow(
      /never overwrite/,
    );
    const catalogueFile = join(dir, 'catalogue.json');
    writeFileSync(catalogueFile, JSON.stringify(catalogueAt('2026.12.1')));
    const glossaryFile = join(dir, 'glossary.json');
    writeFileSync(glossaryFile, '{"terms":[]}');
    const out = join(dir, 'borne-content.bundle');
    run(
      'sign',
      ...['--key', join(dir, 'federation-2026.key.pem'), '--key-id', 'federation-2026'],
      ...['--version', '2026.12.1', '--out', out],
      ...['--part', `catalogue=${catalogueFile}`, '--part', `glossary=${glossaryFile}@3`],
    );
    expect(lines.join('\n')).toMatch(/glossary 3 \(no schema registered yet\)/);
    expect(verifyBundle(readFileSync(out), loadKeyring(dir)).ok).toBe(true);
    run('verify', '--keys', dir, '--in', out);
    expect(lines.at(-1)).toMatch(/^valid: version 2026\.12\.1, key federation-2026/);
  });

  it('refuses to sign an invalid catalogue, naming the field', () => {
    const bad = join(dir, 'bad-catalogue.json');
    writeFileSync(bad, JSON.stringify({ ...catalogueAt('2026.12.2'), themes: [] }));
    expect(() =>
      run(
        'sign',
        ...['--key', join(dir, 'federation-2026.key.pem'), '--key-id', 'federation-2026'],
        ...['--version', '2026.12.2', '--out', join(dir, 'x.bundle'), '--part', `catalogue=${bad}`],
      ),
    ).toThrow(/catalogue\.themes/);
  });

  it('refuses an unknown part and a part without a version', () => {
    const file = join(dir, 'x.json');
    writeFileSync(file, '{}');
    const base = ['--key', join(dir, 'federation-2026.key.pem'), '--key-id', 'federation-2026'];
    const out = ['--version', '2026.12.3', '--out', join(dir, 'y.bundle')];
    expect(() => run('sign', ...base, ...out, '--part', `pictures=${file}`)).toThrow(CliError);
    expect(() => run('sign', ...base, ...out, '--part', `sheets=${file}`)).toThrow(/@<version>/);
  });

  it('signs an update channel file with a detached signature', () => {
    const yml = join(dir, 'latest.yml');
    writeFileSync(yml, 'version: 1.2.0\n');
    run(
      'sign-release',
      '--key',
      join(dir, 'federation-2026.key.pem'),
      '--key-id',
      'federation-2026',
      '--in',
      yml,
    );
    const check = verifyReleaseFile(
      readFileSync(yml),
      readFileSync(`${yml}.sig`, 'utf8'),
      loadKeyring(dir),
    );
    expect(check).toEqual({ ok: true, keyId: 'federation-2026' });
    expect(
      verifyReleaseFile(
        Buffer.from('version: 9.9.9\n'),
        readFileSync(`${yml}.sig`, 'utf8'),
        loadKeyring(dir),
      ),
    ).toEqual({ ok: false, reason: 'signature' });
  });
});
