import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateSigningKeyPair,
  loadKeyring,
  readPrivateKey,
  signMessage,
  verifyMessage,
} from './ed25519';

describe('Ed25519 signing', () => {
  const pair = generateSigningKeyPair();
  const privateKey = readPrivateKey(pair.privateKeyPem);
  const publicKey = createPublicKey(pair.publicKeyPem);
  const message = Buffer.from('{"version":"2026.11.1"}');

  it('verifies what it signed, in the same context only', () => {
    const signature = signMessage('borne-bundle/1', message, privateKey);
    expect(verifyMessage('borne-bundle/1', message, signature, publicKey)).toBe(true);
    expect(verifyMessage('borne-release/1', message, signature, publicKey)).toBe(false);
  });

  it('refuses a changed message, a changed signature and another key', () => {
    const signature = signMessage('borne-bundle/1', message, privateKey);
    const changed = Buffer.from(message);
    changed[3] = (changed[3] ?? 0) ^ 1;
    expect(verifyMessage('borne-bundle/1', changed, signature, publicKey)).toBe(false);
    const badSignature = Buffer.from(signature);
    badSignature[10] = (badSignature[10] ?? 0) ^ 0x80;
    expect(verifyMessage('borne-bundle/1', message, badSignature, publicKey)).toBe(false);
    expect(verifyMessage('borne-bundle/1', message, signature.subarray(0, 63), publicKey)).toBe(
      false,
    );
    const other = createPublicKey(generateSigningKeyPair().publicKeyPem);
    expect(verifyMessage('borne-bundle/1', message, signature, other)).toBe(false);
  });

  it('loads a keyring from *.pub.pem files and skips what is not an Ed25519 public key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-keys-'));
    writeFileSync(join(dir, 'federation-2026.pub.pem'), pair.publicKeyPem);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    writeFileSync(
      join(dir, 'rsa-key.pub.pem'),
      rsa.publicKey.export({ type: 'spki', format: 'pem' }),
    );
    writeFileSync(join(dir, 'garbage.pub.pem'), 'not a key');
    writeFileSync(join(dir, 'README.md'), 'ignored');
    const bad: string[] = [];
    const keyring = loadKeyring(dir, (file) => bad.push(file));
    expect([...keyring.keys()]).toEqual(['federation-2026']);
    expect(bad.sort()).toEqual(['garbage.pub.pem', 'rsa-key.pub.pem']);
    expect(loadKeyring(join(dir, 'missing')).size).toBe(0);
  });

  it('refuses a private key of another type', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(() => readPrivateKey(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }))).toThrow(
      /Ed25519/,
    );
  });
});
