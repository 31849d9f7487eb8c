import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Catalogue } from '../../../api/contract/catalogue';
import { generateSigningKeyPair, readPrivateKey } from '../../signing/ed25519';
import { buildSignedBundle, type PartInput } from '../bundle-sign';

export const SHIPPED_CATALOGUE_FILE = resolve(
  import.meta.dirname,
  '../../../../kiosk-config/catalogue/base-catalogue.json',
);

export function shippedCatalogue(): Catalogue {
  return JSON.parse(readFileSync(SHIPPED_CATALOGUE_FILE, 'utf8')) as Catalogue;
}

/** A federation for tests: a key pair, its public key in a keys folder, a signer. */
export function testFederation(keyId = 'federation-test') {
  const pair = generateSigningKeyPair();
  const keysDir = mkdtempSync(join(tmpdir(), 'borne-keys-'));
  writeFileSync(join(keysDir, `${keyId}.pub.pem`), pair.publicKeyPem);
  const privateKey = readPrivateKey(pair.privateKeyPem);
  return {
    keyId,
    keysDir,
    privateKeyPem: pair.privateKeyPem,
    /** A signed bundle carrying this catalogue (its version becomes the bundle's). */
    sign(catalogue: Catalogue, extraParts: PartInput[] = [], as = { keyId, privateKey }) {
      return buildSignedBundle({
        version: catalogue.version,
        keyId: as.keyId,
        privateKey: as.privateKey,
        parts: [
          {
            name: 'catalogue',
            version: catalogue.version,
            bytes: Buffer.from(JSON.stringify(catalogue)),
          },
          ...extraParts,
        ],
      }).bytes;
    },
  };
}

/** The shipped catalogue at another version, with changes applied by `edit`. */
export function catalogueAt(version: string, edit: (catalogue: Catalogue) => void = () => {}) {
  const catalogue = shippedCatalogue();
  catalogue.version = version;
  edit(catalogue);
  return catalogue;
}
