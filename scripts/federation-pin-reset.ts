/**
 * The federation's side of a forgotten-PIN reset (see docs/admin-pin-recovery.md).
 *
 *   npx tsx scripts/federation-pin-reset.ts keygen <folder>
 *       writes pin-reset-private-key.pem (keep it offline, never in the repo) and
 *       pin-reset-public-key.pem (ship it in kiosk-config/federation/).
 *   npx tsx scripts/federation-pin-reset.ts sign <private-key.pem> <centre-id> <code> [hours]
 *       prints a reset file for that centre and that borne code, valid 48 hours by default.
 */
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESET_KIND, signedText } from '../src-main/services/admin-auth/pin-recovery';

export function makeResetFile(
  privateKeyPem: string,
  centreId: string,
  challenge: string,
  expiresAt: Date,
): string {
  const body = { centreId, challenge: challenge.toUpperCase(), expiresAt: expiresAt.toISOString() };
  const key = createPrivateKey(privateKeyPem);
  const signature = sign(null, Buffer.from(signedText(body)), key).toString('base64');
  return `${JSON.stringify({ kind: RESET_KIND, formatVersion: 1, ...body, signature }, null, 2)}\n`;
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command === 'keygen' && rest[0]) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(rest[0], { recursive: true });
    writeFileSync(
      join(rest[0], 'pin-reset-private-key.pem'),
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
      { mode: 0o600 },
    );
    writeFileSync(
      join(rest[0], 'pin-reset-public-key.pem'),
      publicKey.export({ type: 'spki', format: 'pem' }),
    );
    process.stdout.write(`keys written in ${rest[0]}\n`);
    return;
  }
  if (command === 'sign' && rest[0] && rest[1] && rest[2]) {
    const hours = Number(rest[3] ?? 48);
    const expires = new Date(Date.now() + hours * 3_600_000);
    process.stdout.write(makeResetFile(readFileSync(rest[0], 'utf8'), rest[1], rest[2], expires));
    return;
  }
  process.stderr.write(
    'usage: federation-pin-reset.ts keygen <folder> | sign <private-key.pem> <centre-id> <code> [hours]\n',
  );
  process.exitCode = 2;
}

if (process.argv[1]?.endsWith('federation-pin-reset.ts')) main(process.argv.slice(2));
