import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../database/migrations';
import { AdminAuth } from './admin-auth';
import { adminAuthMigrations } from './migrations';
import { PinRecovery, RESET_KIND, signedText } from './pin-recovery';

const NOW = Date.parse('2026-11-25T09:00:00Z');

function setup() {
  const db = new BetterSqlite3(':memory:');
  runMigrations(db, adminAuthMigrations);
  const federation = generateKeyPairSync('ed25519');
  const keyFile = join(mkdtempSync(join(tmpdir(), 'borne-key-')), 'pin-reset-public-key.pem');
  writeFileSync(keyFile, federation.publicKey.export({ type: 'spki', format: 'pem' }));
  const recovery = new PinRecovery(db, keyFile, () => NOW);
  const resetFile = (
    fields: { centreId?: string; challenge?: string; expiresAt?: string },
    key = federation.privateKey,
  ) => {
    const body = {
      centreId: fields.centreId ?? 'demo-les-marronniers',
      challenge: fields.challenge ?? recovery.challenge(),
      expiresAt: fields.expiresAt ?? '2026-11-26T09:00:00.000Z',
    };
    const signature = sign(null, Buffer.from(signedText(body)), key).toString('base64');
    return JSON.stringify({ kind: RESET_KIND, formatVersion: 1, ...body, signature });
  };
  return { db, recovery, resetFile };
}

describe('PIN recovery by a signed federation file', () => {
  it('accepts a genuine file once, for this centre and this code', () => {
    const { recovery, resetFile } = setup();
    const code = recovery.challenge();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(recovery.challenge()).toBe(code);
    const file = resetFile({});
    expect(recovery.check(file, 'demo-les-marronniers')).toBeNull();
    recovery.rotate();
    expect(recovery.check(file, 'demo-les-marronniers')).toBe('recovery-old-code');
  });

  it('refuses a forged, foreign, expired or malformed file', () => {
    const { recovery, resetFile } = setup();
    const forger = generateKeyPairSync('ed25519').privateKey;
    expect(recovery.check(resetFile({}, forger), 'demo-les-marronniers')).toBe(
      'recovery-bad-signature',
    );
    expect(recovery.check(resetFile({}), 'autre-centre')).toBe('recovery-other-centre');
    expect(
      recovery.check(resetFile({ expiresAt: '2026-11-24T09:00:00.000Z' }), 'demo-les-marronniers'),
    ).toBe('recovery-expired');
    expect(recovery.check('{"kind":"borne-config-backup"}', 'demo-les-marronniers')).toBe(
      'recovery-not-a-reset-file',
    );
    const tampered = JSON.parse(resetFile({})) as { centreId: string };
    tampered.centreId = 'autre-centre';
    expect(recovery.check(JSON.stringify(tampered), 'autre-centre')).toBe('recovery-bad-signature');
  });

  it('says recovery is unavailable when no federation key is installed', () => {
    const { db } = setup();
    const recovery = new PinRecovery(db, '/nonexistent/key.pem');
    expect(recovery.available).toBe(false);
    expect(recovery.check('{}', 'x')).toBe('recovery-unavailable');
  });

  it('forgetting the PIN brings back the first-run creation', async () => {
    const { db } = setup();
    const auth = new AdminAuth({ db, cost: { N: 1024, r: 8, p: 1 } });
    await auth.createPin('482915');
    expect(auth.forgetPin()).toMatchObject({ pinSet: false, unlocked: false });
    expect(await auth.createPin('730194')).toMatchObject({ pinSet: true, unlocked: true });
  });
});
