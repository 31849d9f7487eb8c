import type { z } from 'zod';
import { toValidationIssues, type ValidationIssue } from '../../api/contract/validation';
import { verifyMessage, type Keyring } from '../signing/ed25519';
import {
  BundleFormatError,
  bundleManifestSchema,
  readBundleLayout,
  sha256Hex,
  type BundleManifest,
} from './bundle-format';
import { compareContentVersions } from './content-version';

export type BundleRejection =
  | 'format'
  | 'unknown-key'
  | 'signature'
  | 'manifest'
  | 'size'
  | 'hash'
  | 'older-version'
  | 'invalid-part';

export type VerifiedBundle = {
  manifest: BundleManifest;
  /** Each part's bytes, by name, checked against the signed hash. */
  parts: ReadonlyMap<string, Buffer>;
};

export type VerifyResult =
  | { ok: true; bundle: VerifiedBundle }
  | { ok: false; reason: BundleRejection; detail: string; issues?: ValidationIssue[] };

const reject = (reason: BundleRejection, detail: string, issues?: ValidationIssue[]) =>
  ({ ok: false, reason, detail, ...(issues ? { issues } : {}) }) as const;

/**
 * Checks a bundle's authenticity and integrity: the signature by a trusted key over the
 * manifest, then every part's size and SHA-256. Nothing is parsed beyond the manifest.
 */
export function verifyBundle(bytes: Buffer, keyring: Keyring): VerifyResult {
  let layout;
  try {
    layout = readBundleLayout(bytes);
  } catch (error) {
    if (error instanceof BundleFormatError) return reject('format', error.message);
    throw error;
  }
  const key = keyring.get(layout.keyId);
  if (!key) return reject('unknown-key', `no trusted key named ${layout.keyId}`);
  if (!verifyMessage('borne-bundle/1', layout.manifestBytes, layout.signature, key)) {
    return reject('signature', `signature does not match key ${layout.keyId}`);
  }
  // Signed by a trusted key from here on: a bad manifest is a publishing mistake.
  let manifest: BundleManifest;
  try {
    manifest = bundleManifestSchema.parse(JSON.parse(layout.manifestBytes.toString('utf8')));
  } catch {
    return reject('manifest', 'the signed manifest is not valid');
  }
  if (manifest.keyId !== layout.keyId) return reject('manifest', 'manifest names another key');
  const total = manifest.parts.reduce((sum, part) => sum + part.size, 0);
  if (total !== layout.body.length) {
    return reject('size', `parts should total ${total} bytes, found ${layout.body.length}`);
  }
  const parts = new Map<string, Buffer>();
  let offset = 0;
  for (const part of manifest.parts) {
    const partBytes = layout.body.subarray(offset, offset + part.size);
    offset += part.size;
    if (sha256Hex(partBytes) !== part.sha256) return reject('hash', `part ${part.name} altered`);
    parts.set(part.name, partBytes);
  }
  return { ok: true, bundle: { manifest, parts } };
}

/** A new bundle must be strictly newer than the one in force: no downgrade, no replay. */
export function checkNewer(
  manifest: BundleManifest,
  currentVersion: string | null,
): VerifyResult | null {
  if (currentVersion !== null && compareContentVersions(manifest.version, currentVersion) <= 0) {
    return reject('older-version', `${manifest.version} is not newer than ${currentVersion}`);
  }
  return null;
}

export interface ValidatedPart {
  name: string;
  version: string;
  /** Parsed content; for a part with no registered schema, the parsed JSON as is. */
  value: unknown;
  /** False when no schema is registered for this part name yet. */
  checked: boolean;
}

/** Parses every part as JSON and validates those the registry knows. */
export function validateParts(
  bundle: VerifiedBundle,
  schemas: Readonly<Record<string, z.ZodType>>,
): { ok: true; parts: ValidatedPart[] } | Extract<VerifyResult, { ok: false }> {
  const validated: ValidatedPart[] = [];
  for (const part of bundle.manifest.parts) {
    const bytes = bundle.parts.get(part.name) ?? Buffer.alloc(0);
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      return reject('invalid-part', `part ${part.name} is not JSON`);
    }
    const schema = schemas[part.name];
    if (!schema) {
      validated.push({ name: part.name, version: part.version, value, checked: false });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issues = toValidationIssues(parsed.error, [part.name]).slice(0, 10);
      return reject('invalid-part', `part ${part.name} does not match its schema`, issues);
    }
    validated.push({ name: part.name, version: part.version, value: parsed.data, checked: true });
  }
  return { ok: true, parts: validated };
}
