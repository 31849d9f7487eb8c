import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../database/migrations';
import { createFileKeyCipher } from './secret-cipher';
import { SecretVault, secretVaultMigrations } from './secret-vault';

function setup(keyFile = join(mkdtempSync(join(tmpdir(), 'borne-key-')), 'secret.key')) {
  const db = new BetterSqlite3(':memory:');
  runMigrations(db, secretVaultMigrations);
  return { db, keyFile, vault: new SecretVault(db, createFileKeyCipher(keyFile)) };
}

describe('secret vault', () => {
  it('seals secrets so the database never holds them in clear', async () => {
    const { db, vault, keyFile } = setup();
    await vault.set('matomo-token', 'abcdef0123456789');
    expect(await vault.get('matomo-token')).toBe('abcdef0123456789');
    const sealed = db.prepare('SELECT sealed FROM secrets').pluck().get() as Buffer;
    expect(sealed.toString('latin1')).not.toContain('abcdef0123456789');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile)).toHaveLength(32);
  });

  it('reads back with the same key file, and returns null under another key', async () => {
    const { db, vault, keyFile } = setup();
    await vault.set('t', 'v');
    expect(await new SecretVault(db, createFileKeyCipher(keyFile)).get('t')).toBe('v');
    const otherKey = join(mkdtempSync(join(tmpdir(), 'borne-key-')), 'other.key');
    expect(await new SecretVault(db, createFileKeyCipher(otherKey)).get('t')).toBeNull();
  });

  it('replaces and deletes', async () => {
    const { vault } = setup();
    await vault.set('t', 'one');
    await vault.set('t', 'two');
    expect(await vault.get('t')).toBe('two');
    vault.delete('t');
    expect(await vault.has('t')).toBe(false);
  });
});
