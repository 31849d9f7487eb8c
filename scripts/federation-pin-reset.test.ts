import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestBorne } from '../src-main/test-support/test-services';
import { resolveBornePaths } from '../src-main/services/startup/paths';
import { PinRecovery } from '../src-main/services/admin-auth/pin-recovery';

const ROOT = resolve(import.meta.dirname, '..');

describe('the federation script and the borne agree', () => {
  it('a file signed by the script resets the PIN of that borne, once', () => {
    const keys = mkdtempSync(join(tmpdir(), 'borne-fed-'));
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/federation-pin-reset.ts', 'keygen', keys],
      {
        cwd: ROOT,
      },
    );
    const borne = createTestBorne();
    const paths = resolveBornePaths({ dataDir: borne.dataDir, kioskConfigDir: ROOT });
    const recovery = new PinRecovery(borne.services.db, join(keys, 'pin-reset-public-key.pem'));
    expect(paths.pinResetKeyFile).toMatch(/federation[/\\]pin-reset-public-key\.pem$/);
    const code = recovery.challenge();
    const file = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/federation-pin-reset.ts',
        'sign',
        join(keys, 'pin-reset-private-key.pem'),
        'demo-les-marronniers',
        code.toLowerCase(),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(recovery.check(file, 'demo-les-marronniers')).toBeNull();
    expect(readFileSync(join(keys, 'pin-reset-private-key.pem'), 'utf8')).toContain('PRIVATE KEY');
    borne.services.close();
  });
});
