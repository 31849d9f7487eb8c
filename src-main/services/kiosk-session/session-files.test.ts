import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptySessionFolder, listSessionFiles } from './session-files';

describe('session folder', () => {
  it('offers plain files only, and empties everything at session end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-session-'));
    writeFileSync(join(dir, 'attestation-caf.pdf'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'récépissé.pdf'), 'y');
    writeFileSync(join(dir, '.partial'), 'z');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'inner.pdf'), 'w');
    expect(listSessionFiles(dir)).toEqual([
      { name: 'attestation-caf.pdf', sizeBytes: 2048 },
      { name: 'récépissé.pdf', sizeBytes: 1 },
    ]);
    emptySessionFolder(dir);
    expect(readdirSync(dir)).toEqual([]);
    expect(listSessionFiles(join(dir, 'missing'))).toEqual([]);
  });
});
