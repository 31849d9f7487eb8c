import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOfferedName, resolveSessionFile } from './session-file-choice';

const folder = resolve('/data/session-temp');

describe('session file choice', () => {
  it('resolves a plain name inside the session folder', () => {
    expect(resolveSessionFile(folder, 'attestation-caf.pdf')).toBe(
      join(folder, 'attestation-caf.pdf'),
    );
  });

  it('refuses every way out of the folder', () => {
    for (const name of [
      '../borne.db',
      '..',
      '.',
      '',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'sub/file.pdf',
      'sub\\file.pdf',
      '.hidden',
      'file\u0000.pdf',
      ' leading-space.pdf',
    ]) {
      expect([name, resolveSessionFile(folder, name)]).toEqual([name, null]);
    }
    expect(isOfferedName('récépissé ANTS.pdf')).toBe(true);
  });
});
