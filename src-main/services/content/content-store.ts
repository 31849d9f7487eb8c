import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ValidationIssue } from '../../api/contract/validation';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Logger } from '../logging/logger';
import type { Keyring } from '../signing/ed25519';
import type { BundleManifest } from './bundle-format';
import {
  checkNewer,
  validateParts,
  verifyBundle,
  type BundleRejection,
  type ValidatedPart,
} from './bundle-verify';

export type AcceptResult =
  | { status: 'installed'; manifest: BundleManifest }
  | { status: 'unchanged'; version: string }
  | { status: 'rejected'; reason: BundleRejection; detail: string; issues?: ValidationIssue[] };

export interface ContentInForce {
  manifest: BundleManifest;
  parts: ReadonlyMap<string, ValidatedPart>;
}

export interface ContentChange {
  previous: ContentInForce | null;
  current: ContentInForce;
}

/**
 * The last good bundle, on disk (`<data>/content/current.bundle`) and in memory. A new
 * bundle replaces it only when it is signed by a trusted key, intact, newer, and every
 * registered part passes its schema; the file is replaced atomically, so a crash or a
 * full disk leaves the previous good one. At start the file is verified again: a file
 * altered on disk is moved aside and the shipped content serves until the next fetch.
 */
export class ContentStore {
  private inForce: ContentInForce | null = null;
  private readonly listeners = new Set<(change: ContentChange) => void>();
  readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly keyring: Keyring,
    private readonly schemas: Readonly<Record<string, z.ZodType>>,
    private readonly logger: Logger,
    private readonly onStoredBundleBad: (reason: string) => void = () => {},
  ) {
    this.file = join(dir, 'current.bundle');
    this.loadStored();
  }

  get current(): ContentInForce | null {
    return this.inForce;
  }

  get version(): string | null {
    return this.inForce?.manifest.version ?? null;
  }

  /** A part of the bundle in force, validated (undefined when absent). */
  part(name: string): ValidatedPart | undefined {
    return this.inForce?.parts.get(name);
  }

  onChange(listener: (change: ContentChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Verifies a downloaded bundle and, if it is good and newer, puts it in force. */
  accept(bytes: Buffer): AcceptResult {
    const verified = verifyBundle(bytes, this.keyring);
    if (!verified.ok) return { status: 'rejected', ...omitOk(verified) };
    const { manifest } = verified.bundle;
    if (this.inForce && manifest.version === this.inForce.manifest.version) {
      return { status: 'unchanged', version: manifest.version };
    }
    const older = checkNewer(manifest, this.version);
    if (older && !older.ok) return { status: 'rejected', ...omitOk(older) };
    const validated = validateParts(verified.bundle, this.schemas);
    if (!validated.ok) return { status: 'rejected', ...omitOk(validated) };

    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file, bytes);
    const previous = this.inForce;
    this.inForce = { manifest, parts: new Map(validated.parts.map((part) => [part.name, part])) };
    this.logger.info('content bundle installed', {
      version: manifest.version,
      from: previous?.manifest.version ?? null,
    });
    for (const listener of this.listeners) listener({ previous, current: this.inForce });
    return { status: 'installed', manifest };
  }

  private loadStored(): void {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return; // No bundle yet: the shipped content serves.
    }
    const verified = verifyBundle(bytes, this.keyring);
    const validated = verified.ok ? validateParts(verified.bundle, this.schemas) : verified;
    if (!verified.ok || !validated.ok) {
      const reason = validated.ok ? 'invalid' : validated.reason;
      const aside = `${this.file}.bad-${Date.now()}`;
      try {
        renameSync(this.file, aside);
      } catch {
        // Left in place; it is verified again at every start and never trusted.
      }
      this.logger.error('stored content bundle refused', { reason });
      this.onStoredBundleBad(reason);
      return;
    }
    this.inForce = {
      manifest: verified.bundle.manifest,
      parts: new Map(validated.parts.map((part) => [part.name, part])),
    };
  }
}

function omitOk<T extends { ok: false }>(value: T): Omit<T, 'ok'> {
  const rest: Partial<T> = { ...value };
  delete rest.ok;
  return rest as Omit<T, 'ok'>;
}
