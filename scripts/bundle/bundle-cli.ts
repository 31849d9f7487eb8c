/**
 * The federation's signing tool (run from a checkout, on the machine that holds the key):
 *
 *   npm run bundle:keygen -- --key-id federation-2026 --out-dir <folder>
 *   npm run bundle:sign -- --key <folder>/federation-2026.key.pem --key-id federation-2026 \
 *        --version 2026.12.1 --part catalogue=catalogue.json --part sheets=sheets.json \
 *        --out borne-content.bundle
 *   npm run bundle:verify -- --keys kiosk-config/keys --in borne-content.bundle
 *   npm run release:sign -- --key … --key-id … --in latest.yml      (writes latest.yml.sig)
 *
 * Parts are validated with the borne's own schemas before anything is signed.
 */
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSignedBundle, type PartInput } from '../../src-main/services/content/bundle-sign';
import { validateParts, verifyBundle } from '../../src-main/services/content/bundle-verify';
import {
  CONTENT_PART_SCHEMAS,
  KNOWN_PART_NAMES,
} from '../../src-main/services/content/part-schemas';
import {
  generateSigningKeyPair,
  KEY_ID_PATTERN,
  loadKeyring,
  readPrivateKey,
} from '../../src-main/services/signing/ed25519';
import { signReleaseFile } from '../../src-main/services/updates/release-signature';

export class CliError extends Error {}

type Print = (line: string) => void;

export function runBundleCli(argv: readonly string[], print: Print = console.log): void {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: [...rest],
    options: {
      'key-id': { type: 'string' },
      'out-dir': { type: 'string' },
      key: { type: 'string' },
      keys: { type: 'string' },
      version: { type: 'string' },
      part: { type: 'string', multiple: true },
      out: { type: 'string' },
      in: { type: 'string' },
    },
  });
  const need = (name: keyof typeof values): string => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new CliError(`--${name} is required`);
    return value;
  };
  switch (command) {
    case 'keygen':
      return keygen(need('key-id'), need('out-dir'), print);
    case 'sign':
      return sign(
        { keyFile: need('key'), keyId: need('key-id'), version: need('version'), out: need('out') },
        values.part ?? [],
        print,
      );
    case 'verify':
      return verify(need('keys'), need('in'), print);
    case 'sign-release': {
      const file = need('in');
      const signed = signReleaseFile(readFileSync(file), need('key-id'), readKey(need('key')));
      writeFileSync(`${file}.sig`, signed);
      return print(`signed ${file} → ${file}.sig`);
    }
    default:
      throw new CliError(
        `unknown command "${command ?? ''}": keygen, sign, verify or sign-release`,
      );
  }
}

function keygen(keyId: string, outDir: string, print: Print): void {
  if (!KEY_ID_PATTERN.test(keyId))
    throw new CliError('--key-id: lowercase letters, digits, dashes');
  const publicFile = join(outDir, `${keyId}.pub.pem`);
  const privateFile = join(outDir, `${keyId}.key.pem`);
  if (existsSync(publicFile) || existsSync(privateFile)) {
    throw new CliError(`${keyId} already exists in ${outDir}: never overwrite a key`);
  }
  const pair = generateSigningKeyPair();
  writeFileSync(privateFile, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicFile, pair.publicKeyPem, { mode: 0o644 });
  print(`private key (keep offline): ${privateFile}`);
  print(`public key (commit to kiosk-config/keys/): ${publicFile}`);
}

function sign(
  options: { keyFile: string; keyId: string; version: string; out: string },
  partArgs: readonly string[],
  print: Print,
): void {
  if (partArgs.length === 0) throw new CliError('give at least one --part name=file');
  const parts = partArgs.map((arg) => readPart(arg));
  const { bytes, manifest } = buildSignedBundle({
    version: options.version,
    keyId: options.keyId,
    privateKey: readKey(options.keyFile),
    parts,
  });
  // Check the result exactly as a borne will, schemas included, before anyone gets it.
  const verified = verifyBundle(bytes, new Map([[options.keyId, publicKeyOf(options.keyFile)]]));
  if (!verified.ok) throw new CliError(`internal error: ${verified.detail}`);
  const validated = validateParts(verified.bundle, CONTENT_PART_SCHEMAS);
  if (!validated.ok) {
    const issues = (validated.issues ?? []).map((issue) => `  ${issue.path}: ${issue.message}`);
    throw new CliError([validated.detail, ...issues].join('\n'));
  }
  writeFileSync(options.out, bytes);
  print(`${options.out}: version ${manifest.version}, ${bytes.length} bytes`);
  for (const part of validated.parts) {
    print(`  ${part.name} ${part.version}${part.checked ? '' : ' (no schema registered yet)'}`);
  }
}

function verify(keysDir: string, file: string, print: Print): void {
  const verified = verifyBundle(readFileSync(file), loadKeyring(keysDir));
  if (!verified.ok) throw new CliError(`refused (${verified.reason}): ${verified.detail}`);
  const validated = validateParts(verified.bundle, CONTENT_PART_SCHEMAS);
  if (!validated.ok) throw new CliError(`refused (${validated.reason}): ${validated.detail}`);
  const { manifest } = verified.bundle;
  print(`valid: version ${manifest.version}, key ${manifest.keyId}, ${manifest.publishedAt}`);
}

/** "catalogue=path.json" or "sheets=path.json@2026.3"; a JSON "version" field is used otherwise. */
function readPart(arg: string): PartInput {
  const match = /^([a-z][a-z0-9-]*)=(.+?)(?:@([^@/\\]+))?$/.exec(arg);
  if (!match?.[1] || !match[2]) throw new CliError(`--part ${arg}: expected name=file[@version]`);
  const [, name, file, explicitVersion] = match;
  if (!(KNOWN_PART_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`--part ${name}: unknown part (known: ${KNOWN_PART_NAMES.join(', ')})`);
  }
  const bytes = readFileSync(file);
  let version = explicitVersion;
  if (!version) {
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as { version?: unknown };
      if (typeof parsed.version === 'string') version = parsed.version;
    } catch {
      throw new CliError(`--part ${name}: ${file} is not JSON`);
    }
  }
  if (!version) throw new CliError(`--part ${name}: no "version" in ${file}; add @<version>`);
  return { name, version, bytes };
}

function readKey(file: string) {
  return readPrivateKey(readFileSync(file));
}

function publicKeyOf(file: string) {
  return createPublicKey(readKey(file));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  try {
    runBundleCli(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof CliError ? error.message : error);
    process.exit(1);
  }
}
