import type { KeyObject } from 'node:crypto';
import { signMessage } from '../signing/ed25519';
import { bundleManifestSchema, sha256Hex, writeBundle, type BundleManifest } from './bundle-format';

export interface PartInput {
  name: string;
  version: string;
  bytes: Buffer;
}

/**
 * Builds and signs a bundle (the federation side; `npm run bundle:sign` wraps it). The
 * manifest is validated before signing so that a bad publication fails here, not on
 * sixty bornes.
 */
export function buildSignedBundle(input: {
  version: string;
  publishedAt?: Date;
  keyId: string;
  privateKey: KeyObject;
  parts: readonly PartInput[];
}): { bytes: Buffer; manifest: BundleManifest } {
  const manifest = bundleManifestSchema.parse({
    format: 'borne-bundle/1',
    version: input.version,
    publishedAt: (input.publishedAt ?? new Date()).toISOString(),
    keyId: input.keyId,
    parts: input.parts.map((part) => ({
      name: part.name,
      version: part.version,
      mediaType: 'application/json',
      size: part.bytes.length,
      sha256: sha256Hex(part.bytes),
    })),
  });
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const signature = signMessage('borne-bundle/1', manifestBytes, input.privateKey);
  const bytes = writeBundle({
    keyId: input.keyId,
    manifestBytes,
    signature,
    parts: input.parts.map((part) => part.bytes),
  });
  return { bytes, manifest };
}
