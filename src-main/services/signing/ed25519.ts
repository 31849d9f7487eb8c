import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Ed25519 signatures (node:crypto) for what the federation publishes: the content bundle
 * and the app's release descriptors. Every signature covers a context label first, so a
 * signature made for one kind of document can never be replayed as another.
 */
export type SigningContext = 'borne-bundle/1' | 'borne-release/1';

/** A key id names the file the public key ships in: kiosk-config/keys/<keyId>.pub.pem. */
export const KEY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;

function signedBytes(context: SigningContext, message: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${context}\0`, 'utf8'), message]);
}

export function signMessage(
  context: SigningContext,
  message: Uint8Array,
  privateKey: KeyObject,
): Buffer {
  return sign(null, signedBytes(context, message), privateKey);
}

export function verifyMessage(
  context: SigningContext,
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: KeyObject,
): boolean {
  if (signature.length !== 64) return false;
  return verify(null, signedBytes(context, message), publicKey, signature);
}

/** The public keys the borne trusts, by key id (several during a key rotation). */
export type Keyring = ReadonlyMap<string, KeyObject>;

/**
 * Reads every `<keyId>.pub.pem` of a folder. A file that is not an Ed25519 public key is
 * skipped and reported, never trusted.
 */
export function loadKeyring(
  dir: string,
  onBadKey: (file: string, reason: string) => void = () => {},
): Keyring {
  const keys = new Map<string, KeyObject>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return keys;
  }
  for (const name of names.filter((each) => each.endsWith('.pub.pem')).sort()) {
    const keyId = basename(name, '.pub.pem');
    if (!KEY_ID_PATTERN.test(keyId)) {
      onBadKey(name, 'bad key id');
      continue;
    }
    try {
      const key = createPublicKey(readFileSync(join(dir, name)));
      if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${key.asymmetricKeyType} key`);
      keys.set(keyId, key);
    } catch (error) {
      onBadKey(name, String(error));
    }
  }
  return keys;
}

export interface GeneratedKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateSigningKeyPair(): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export function readPrivateKey(pem: string | Buffer): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`expected an Ed25519 private key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}
