import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Encrypts secrets at rest. In the Electron app this is the OS keychain (safeStorage,
 * in shell/); the preview host and tests use a key file beside the data, which only
 * keeps secrets out of plain sight and is reported as such in admin mode.
 */
export interface SecretCipher {
  readonly protection: 'os-keychain' | 'file-key';
  /** Async because the OS keychain is (Electron's safeStorage *Async calls). */
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
}

/** AES-256-GCM under a random key stored in `keyFile` (mode 0600). */
export function createFileKeyCipher(keyFile: string): SecretCipher {
  const key = loadOrCreateKey(keyFile);
  return {
    protection: 'file-key',
    async encrypt(plain) {
      await Promise.resolve();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(sealed) {
      await Promise.resolve();
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile);
    if (key.length === 32) return key;
  }
  const key = randomBytes(32);
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileAtomic(keyFile, key);
  return key;
}
