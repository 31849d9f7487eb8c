import type { Database } from 'better-sqlite3';
import type { Migration } from '../database/migrations';
import type { SecretCipher } from './secret-cipher';

export const secretVaultMigrations: Migration[] = [
  {
    id: 'secrets-001-vault',
    up: (db) =>
      db.exec(`CREATE TABLE secrets (
        name TEXT PRIMARY KEY,
        sealed BLOB NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`),
  },
];

/**
 * Named secrets (the Matomo write token…) sealed by the platform's cipher. Never in the
 * config file, never in a log, never sent to the UI in clear.
 */
export class SecretVault {
  constructor(
    private readonly db: Database,
    private readonly cipher: SecretCipher,
  ) {}

  get protection(): SecretCipher['protection'] {
    return this.cipher.protection;
  }

  async set(name: string, value: string): Promise<void> {
    const sealed = await this.cipher.encrypt(value);
    this.db
      .prepare(
        `INSERT INTO secrets (name, sealed, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at`,
      )
      .run(name, sealed, new Date().toISOString());
  }

  /** The secret, or null when absent or no longer readable (the OS key changed). */
  async get(name: string): Promise<string | null> {
    const sealed = this.db
      .prepare<[string], { sealed: Buffer }>('SELECT sealed FROM secrets WHERE name = ?')
      .get(name)?.sealed;
    if (!sealed) return null;
    try {
      return await this.cipher.decrypt(sealed);
    } catch {
      return null;
    }
  }

  async has(name: string): Promise<boolean> {
    return (await this.get(name)) !== null;
  }

  delete(name: string): void {
    this.db.prepare('DELETE FROM secrets WHERE name = ?').run(name);
  }
}
