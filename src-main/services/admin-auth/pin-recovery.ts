import { createPublicKey, randomInt, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';

/**
 * Recovery of a forgotten PIN, for the federation. A borne's keyboard is in every
 * resident's hands, so "physical access" cannot be the key: the borne shows a one-time
 * challenge code, the referent reads it to the federation, which signs a reset file for
 * that centre and that code with its Ed25519 private key. The borne checks the signature
 * with the public key shipped in kiosk-config/federation/, then forgets the PIN and asks
 * for a new one. The challenge changes after each reset, so a file works once.
 * See docs/admin-pin-recovery.md.
 */
export const RESET_KIND = 'borne-pin-reset';

export const resetFileSchema = z.strictObject({
  kind: z.literal(RESET_KIND),
  formatVersion: z.literal(1),
  centreId: z.string().min(1).max(80),
  challenge: z.string().min(1).max(40),
  expiresAt: z.iso.datetime(),
  signature: z.string().min(1).max(200),
});
export type ResetFile = z.infer<typeof resetFileSchema>;

export type RecoveryProblem =
  | 'recovery-unavailable'
  | 'recovery-not-a-reset-file'
  | 'recovery-other-centre'
  | 'recovery-old-code'
  | 'recovery-expired'
  | 'recovery-bad-signature';

/** The bytes the federation signs: one field a line, in this order. */
export function signedText(file: Omit<ResetFile, 'signature' | 'kind' | 'formatVersion'>): string {
  return [RESET_KIND, '1', file.centreId, file.challenge, file.expiresAt].join('\n');
}

// Crockford's base 32, no I, L, O, U: easy to read aloud on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export class PinRecovery {
  private readonly publicKey: KeyObject | null;

  constructor(
    private readonly db: Database,
    publicKeyFile: string,
    private readonly now: () => number = Date.now,
  ) {
    this.publicKey = loadKey(publicKeyFile);
  }

  get available(): boolean {
    return this.publicKey !== null;
  }

  /** The code the referent reads to the federation; created once, kept until used. */
  challenge(): string {
    const existing = this.db
      .prepare<[], string>('SELECT challenge FROM admin_recovery WHERE id = 1')
      .pluck()
      .get();
    return existing ?? this.rotate();
  }

  /** Checks a reset file; null when it is genuine, for this centre and this code. */
  check(text: string, centreId: string): RecoveryProblem | null {
    if (!this.publicKey) return 'recovery-unavailable';
    let parsed: ResetFile;
    try {
      parsed = resetFileSchema.parse(JSON.parse(text.replace(/^\uFEFF/, '')));
    } catch {
      return 'recovery-not-a-reset-file';
    }
    const signature = Buffer.from(parsed.signature, 'base64');
    if (!verify(null, Buffer.from(signedText(parsed)), this.publicKey, signature)) {
      return 'recovery-bad-signature';
    }
    if (parsed.centreId !== centreId) return 'recovery-other-centre';
    if (parsed.challenge !== this.challenge()) return 'recovery-old-code';
    if (Date.parse(parsed.expiresAt) < this.now()) return 'recovery-expired';
    return null;
  }

  /** After a reset: the used code is never valid again. */
  rotate(): string {
    const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    this.db
      .prepare(
        `INSERT INTO admin_recovery (id, challenge, created_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET challenge = excluded.challenge, created_at = excluded.created_at`,
      )
      .run(code, new Date(this.now()).toISOString());
    return code;
  }
}

function loadKey(file: string): KeyObject | null {
  try {
    const key = createPublicKey(readFileSync(file));
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
