import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDiskSpaceError, writeFileAtomic } from './atomic-write';

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-atomic-'));
    const target = join(dir, 'config.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('leaves the target untouched and cleans up when the write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-atomic-'));
    const target = join(dir, 'missing-folder', 'config.json');
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('recognises disk-full errors', () => {
    expect(isDiskSpaceError(Object.assign(new Error('full'), { code: 'ENOSPC' }))).toBe(true);
    expect(isDiskSpaceError(new Error('other'))).toBe(false);
  });
});
