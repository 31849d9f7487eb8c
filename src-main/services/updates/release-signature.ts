import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { KEY_ID_PATTERN, signMessage, verifyMessage, type Keyring } from '../signing/ed25519';

/**
 * A detached Ed25519 signature of an update channel file (latest.yml, pilot.yml,
 * latest-linux.yml…), published beside it as `<file>.sig`. The channel file names the
 * installer and its SHA-512, so a verified channel file vouches for the installer that
 * electron-updater then checks against that hash. This works on every platform, signed
 * installer or not.
 */
const signatureFileSchema = z.strictObject({
  format: z.literal('borne-release-sig/1'),
  keyId: z.string().regex(KEY_ID_PATTERN),
  signature: z.base64().max(200),
});

export function signReleaseFile(bytes: Uint8Array, keyId: string, privateKey: KeyObject): string {
  const signature = signMessage('borne-release/1', bytes, privateKey).toString('base64');
  return `${JSON.stringify({ format: 'borne-release-sig/1', keyId, signature }, null, 2)}\n`;
}

export type ReleaseSignatureCheck =
  { ok: true; keyId: string } | { ok: false; reason: 'format' | 'unknown-key' | 'signature' };

export function verifyReleaseFile(
  bytes: Uint8Array,
  signatureText: string,
  keyring: Keyring,
): ReleaseSignatureCheck {
  let parsed: z.infer<typeof signatureFileSchema>;
  try {
    parsed = signatureFileSchema.parse(JSON.parse(signatureText));
  } catch {
    return { ok: false, reason: 'format' };
  }
  const key = keyring.get(parsed.keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  const signature = Buffer.from(parsed.signature, 'base64');
  return verifyMessage('borne-release/1', bytes, signature, key)
    ? { ok: true, keyId: parsed.keyId }
    : { ok: false, reason: 'signature' };
}
