import { describe, expect, it } from 'vitest';
import type { SafeStorage } from 'electron';
import type { SecretCipher } from '../services/secrets/secret-cipher';
import { createSafeStorageCipher } from './safe-storage-cipher';

const fallback: SecretCipher = {
  protection: 'file-key',
  encrypt: (plain) => Promise.resolve(Buffer.from(plain)),
  decrypt: (sealed) => Promise.resolve(sealed.toString()),
};

function fakeSafeStorage(available: boolean, backend: string) {
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () =>
      backend as ReturnType<SafeStorage['getSelectedStorageBackend']>,
    encryptStringAsync: (plain: string) =>
      Promise.resolve(Buffer.from([...plain].reverse().join(''))),
    decryptStringAsync: (sealed: Buffer) =>
      Promise.resolve({
        shouldReEncrypt: false,
        result: [...sealed.toString()].reverse().join(''),
      }),
  };
}

describe('safeStorage cipher', () => {
  it('uses the OS keychain where one is available', async () => {
    const cipher = await createSafeStorageCipher(
      fakeSafeStorage(true, 'gnome_libsecret'),
      () => fallback,
      'linux',
    );
    expect(cipher.protection).toBe('os-keychain');
    const sealed = await cipher.encrypt('jeton');
    expect(sealed.toString()).not.toBe('jeton');
    expect(await cipher.decrypt(sealed)).toBe('jeton');
  });

  it('falls back to the key file without encryption or with the plain-text Linux backend', async () => {
    expect(
      await createSafeStorageCipher(fakeSafeStorage(false, 'unknown'), () => fallback, 'win32'),
    ).toBe(fallback);
    expect(
      await createSafeStorageCipher(fakeSafeStorage(true, 'basic_text'), () => fallback, 'linux'),
    ).toBe(fallback);
  });
});
