import { createHash } from 'node:crypto';
import { z } from 'zod';
import { KEY_ID_PATTERN } from '../signing/ed25519';
import { CONTENT_VERSION_PATTERN } from './content-version';

/**
 * The federation's content bundle, one file:
 *
 *   BORNE-BUNDLE/1\n
 *   {"keyId":"…","manifest":"<base64 of the manifest JSON>","signature":"<base64>"}\n
 *   <the bytes of each part, one after the other, in manifest order>
 *
 * The Ed25519 signature covers the manifest only; the manifest gives each part's size and
 * SHA-256, so verifying the whole bundle costs one signature check on a few hundred bytes
 * plus one SHA-256 pass over the parts (see bench/bundle.bench.ts). Nothing may follow the
 * last part.
 */
export const BUNDLE_MAGIC = 'BORNE-BUNDLE/1\n';
/** A header longer than this is not a bundle header. */
const MAX_HEADER_BYTES = 256 * 1024;

export const PART_NAME_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

export const bundlePartSchema = z.strictObject({
  /** "catalogue", "sheets", "glossary", "deadline-rules"… */
  name: z.string().regex(PART_NAME_PATTERN),
  /** The part's own version (its owner's numbering), shown in admin mode. */
  version: z.string().min(1).max(40),
  mediaType: z.literal('application/json'),
  size: z
    .int()
    .min(0)
    .max(200 * 1024 * 1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BundlePart = z.infer<typeof bundlePartSchema>;

export const bundleManifestSchema = z.strictObject({
  format: z.literal('borne-bundle/1'),
  /** Increases with every publication; a borne never goes back to an older one. */
  version: z.string().regex(CONTENT_VERSION_PATTERN),
  publishedAt: z.iso.datetime({ offset: true }),
  /** Must equal the header's keyId: a manifest cannot be moved under another key's name. */
  keyId: z.string().regex(KEY_ID_PATTERN),
  parts: z
    .array(bundlePartSchema)
    .min(1)
    .max(32)
    .refine((parts) => new Set(parts.map((part) => part.name)).size === parts.length, {
      message: 'each part name may appear only once',
    }),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

const headerSchema = z.strictObject({
  keyId: z.string().regex(KEY_ID_PATTERN),
  manifest: z.base64().max(MAX_HEADER_BYTES),
  signature: z.base64().max(200),
});

/** A bundle cut into its pieces, nothing verified yet. */
export interface BundleLayout {
  keyId: string;
  manifestBytes: Buffer;
  signature: Buffer;
  /** Everything after the header: the parts' bytes. */
  body: Buffer;
}

export class BundleFormatError extends Error {
  override readonly name = 'BundleFormatError';
}

/** Splits a bundle file into header and body; throws BundleFormatError on anything else. */
export function readBundleLayout(bytes: Buffer): BundleLayout {
  const magic = Buffer.from(BUNDLE_MAGIC, 'utf8');
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    throw new BundleFormatError('not a Borne bundle (magic line missing)');
  }
  const headerEnd = bytes.indexOf(0x0a, magic.length);
  if (headerEnd < 0 || headerEnd - magic.length > MAX_HEADER_BYTES) {
    throw new BundleFormatError('bundle header missing or too long');
  }
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(
      JSON.parse(bytes.subarray(magic.length, headerEnd).toString('utf8')),
    );
  } catch {
    throw new BundleFormatError('bundle header is not valid');
  }
  return {
    keyId: header.keyId,
    manifestBytes: Buffer.from(header.manifest, 'base64'),
    signature: Buffer.from(header.signature, 'base64'),
    body: bytes.subarray(headerEnd + 1),
  };
}

/** Writes a bundle file from a signed manifest and the parts' bytes (in manifest order). */
export function writeBundle(input: {
  keyId: string;
  manifestBytes: Buffer;
  signature: Buffer;
  parts: readonly Buffer[];
}): Buffer {
  const header = JSON.stringify({
    keyId: input.keyId,
    manifest: input.manifestBytes.toString('base64'),
    signature: input.signature.toString('base64'),
  });
  return Buffer.concat([Buffer.from(`${BUNDLE_MAGIC}${header}\n`, 'utf8'), ...input.parts]);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
