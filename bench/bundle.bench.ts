import { createHash } from 'node:crypto';
import { loadKeyring } from '../src-main/services/signing/ed25519';
import { verifyBundle } from '../src-main/services/content/bundle-verify';
import { catalogueAt, testFederation } from '../src-main/services/content/testing/bundle-fixtures';
import { percentiles, ratio, timeInterleaved } from './stats';
import type { BenchResult } from './types';

const RUNS = 60;
const WARMUP = 10;
const TARGET_BYTES = 5 * 1024 * 1024;

/**
 * Verifying the federation's content bundle (Ed25519 signature of the manifest, then the
 * SHA-256 and size of every part) on a 5 MB bundle, beside a bare SHA-256 of the same
 * bytes, alternately run by run in the same process.
 */
export default async function bundleVerification(): Promise<BenchResult> {
  const federation = testFederation('federation-bench');
  const keyring = loadKeyring(federation.keysDir);
  const catalogue = catalogueAt('2026.12.1');
  const sheets = sheetPack(TARGET_BYTES - Buffer.byteLength(JSON.stringify(catalogue)));
  const bytes = federation.sign(catalogue, [{ name: 'sheets', version: '1', bytes: sheets }]);
  if (!verifyBundle(bytes, keyring).ok) throw new Error('bench bundle does not verify');

  const samples = await timeInterleaved(
    RUNS,
    WARMUP,
    () => Promise.resolve(verifyBundle(bytes, keyring)),
    () => Promise.resolve(createHash('sha256').update(bytes).digest()),
  );
  const measured = percentiles(samples.measured);
  const baseline = percentiles(samples.baseline);
  return {
    name: `content bundle verification (${(bytes.length / 2 ** 20).toFixed(2)} MB)`,
    unit: 'ms',
    measured,
    baseline: { what: 'bare SHA-256 of the same bytes', ...baseline },
    ratio: { p50: ratio(measured.p50, baseline.p50), p99: ratio(measured.p99, baseline.p99) },
    target: 'p50 within 1.5× of the bare SHA-256',
    met: measured.p50 <= 1.5 * baseline.p50,
  };
}

/** A sheet pack of about `size` bytes of French text, as help sheets would be. */
function sheetPack(size: number): Buffer {
  const sheets: { id: string; title: string; steps: string[] }[] = [];
  let length = 20;
  for (let index = 0; length < size - 400; index += 1) {
    const sheet = {
      id: `fiche-${index}`,
      title: `Fiche ${index} : faire sa démarche en ligne`,
      steps: [
        'Ouvrez le site officiel depuis la borne.',
        'Préparez votre numéro allocataire et votre téléphone.',
        `Étape ${index} : suivez les indications à l'écran, puis imprimez le document.`,
      ],
    };
    length += JSON.stringify(sheet).length + 1;
    sheets.push(sheet);
  }
  return Buffer.from(JSON.stringify({ version: '1', sheets }));
}
