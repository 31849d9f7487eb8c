import type { SafeStorage } from 'electron';
import type { SecretCipher } from '../services/secrets/secret-cipher';

type SafeStoragePort = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>;

/**
 * Seals secrets with the OS keychain (DPAPI on Windows, libsecret/kwallet on Linux).
 * Where the OS offers none (Linux without a keyring: "basic_text"), the file-key cipher
 * is used instead and admin mode says the protection is weaker.
 */
export async function createSafeStorageCipher(
  safeStorage: SafeStoragePort,
  fallback: () => SecretCipher,
  platform: NodeJS.Platform = process.platform,
): Promise<SecretCipher> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const weakLinuxBackend =
    platform === 'linux' &&
    ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend());
  if (!available || weakLinuxBackend) return fallback();
  return {
    protection: 'os-keychain',
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result,
  };
}
