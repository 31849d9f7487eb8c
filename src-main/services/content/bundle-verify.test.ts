import { describe, expect, it } from 'vitest';
import { loadKeyring, readPrivateKey, generateSigningKeyPair } from '../signing/ed25519';
import { readBundleLayout, writeBundle } from './bundle-format';
import { CONTENT_PART_SCHEMAS } from './part-schemas';
import { checkNewer, validateParts, verifyBundle } from './bundle-verify';
import { catalogueAt, testFederation } from './testing/bundle-fixtures';

describe('bundle verification', () => {
  const federation = testFederation();
  const keyring = loadKeyring(federation.keysDir);

  it('verifies what the federation signed and gives each part back', () => {
    const bytes = federation.sign(catalogueAt('2026.12.1'), [
      { name: 'glossary', version: '3', bytes: Buffer.from('{"terms":[]}') },
    ]);
    const result = verifyBundle(bytes, keyring);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.manifest.version).toBe('2026.12.1');
    expect([...result.bundle.parts.keys()]).toEqual(['catalogue', 'glossary']);
    const validated = validateParts(result.bundle, CONTENT_PART_SCHEMAS);
    expect(validated.ok && validated.parts.map((part) => [part.name, part.checked])).toEqual([
      ['catalogue', true],
      ['glossary', false],
    ]);
  });

  it('refuses a bundle with any single byte changed, wherever it is', () => {
    const bytes = federation.sign(catalogueAt('2026.12.1'));
    const headerEnd = bytes.indexOf(0x0a, 'BORNE-BUNDLE/1\n'.length);
    const positions = [0, 20, Math.floor(headerEnd / 2), headerEnd + 10, bytes.length - 2];
    for (const position of positions) {
      const tampered = Buffer.from(bytes);
      tampered[position] = (tampered[position] ?? 0) ^ 0x01;
      const result = verifyBundle(tampered, keyring);
      expect(result.ok, `byte ${position}`).toBe(false);
    }
    const inPart = Buffer.from(bytes);
    inPart[bytes.length - 40] = (inPart[bytes.length - 40] ?? 0) ^ 0x01;
    expect(verifyBundle(inPart, keyring)).toMatchObject({ ok: false, reason: 'hash' });
  });

  it('refuses bytes added after the last part, and a bundle cut short', () => {
    const bytes = federation.sign(catalogueAt('2026.12.1'));
    expect(verifyBundle(Buffer.concat([bytes, Buffer.from(' ')]), keyring)).toMatchObject({
      ok: false,
      reason: 'size',
    });
    expect(verifyBundle(bytes.subarray(0, bytes.length - 1), keyring)).toMatchObject({
      ok: false,
      reason: 'size',
    });
  });

  it('refuses a bundle signed by another key, under our key id or its own', () => {
    const intruder = generateSigningKeyPair();
    const privateKey = readPrivateKey(intruder.privateKeyPem);
    const forged = federation.sign(catalogueAt('2027.1.1'), [], {
      keyId: federation.keyId,
      privateKey,
    });
    expect(verifyBundle(forged, keyring)).toMatchObject({ ok: false, reason: 'signature' });
    const foreign = federation.sign(catalogueAt('2027.1.1'), [], { keyId: 'intruder', privateKey });
    expect(verifyBundle(foreign, keyring)).toMatchObject({ ok: false, reason: 'unknown-key' });
  });

  it('refuses a valid signature moved under another key id in the header', () => {
    const bytes = federation.sign(catalogueAt('2026.12.1'));
    const layout = readBundleLayout(bytes);
    const other = testFederation('federation-other');
    const both = new Map([...keyring, ...loadKeyring(other.keysDir)]);
    const moved = writeBundle({
      keyId: 'federation-other',
      manifestBytes: layout.manifestBytes,
      signature: layout.signature,
      parts: [layout.body],
    });
    expect(verifyBundle(moved, both)).toMatchObject({ ok: false, reason: 'signature' });
  });

  it('refuses what is not a bundle at all', () => {
    for (const garbage of ['', '<html>502 Bad Gateway</html>', 'BORNE-BUNDLE/1\n{"keyId":1}\n']) {
      expect(verifyBundle(Buffer.from(garbage), keyring)).toMatchObject({
        ok: false,
        reason: 'format',
      });
    }
  });

  it('accepts only a strictly newer version', () => {
    const bytes = federation.sign(catalogueAt('2026.11.10'));
    const result = verifyBundle(bytes, keyring);
    if (!result.ok) throw new Error('expected a valid bundle');
    expect(checkNewer(result.bundle.manifest, null)).toBeNull();
    expect(checkNewer(result.bundle.manifest, '2026.11.9')).toBeNull();
    expect(checkNewer(result.bundle.manifest, '2026.11.10')).toMatchObject({
      reason: 'older-version',
    });
    expect(checkNewer(result.bundle.manifest, '2027.1.1')).toMatchObject({
      reason: 'older-version',
    });
  });

  it('refuses a signed bundle whose catalogue breaks its schema, naming the field', () => {
    const broken = catalogueAt('2026.12.1', (catalogue) => {
      const first = catalogue.demarches[0];
      if (first) first.startUrl = 'http://not-https.example';
    });
    const result = verifyBundle(federation.sign(broken), keyring);
    if (!result.ok) throw new Error('expected a valid signature');
    const validated = validateParts(result.bundle, CONTENT_PART_SCHEMAS);
    expect(validated).toMatchObject({ ok: false, reason: 'invalid-part' });
    expect(!validated.ok && validated.issues?.[0]?.path).toBe('catalogue.demarches.0.startUrl');
  });
});
