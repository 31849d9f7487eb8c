import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CentreConfig } from '../src-main/api/contract/config';
import { hashPin, PIN_SCRYPT_COST, verifyPin } from '../src-main/services/admin-auth/pin-hash';
import { serializeConfig } from '../src-main/services/config/config-text';
import { writeFileAtomic } from '../src-main/services/fs/atomic-write';
import { createTestBorne } from '../src-main/test-support/test-services';
import { ratioResult, startBenchHost } from './compare';
import { percentiles, ratio, timeEach, timeInterleaved } from './stats';
import type { BenchResult } from './types';

const PIN = '482915';

/**
 * Admin mode's two figures: how slow a PIN check is on purpose (scrypt), and what a
 * config save costs end to end beside the bare atomic write it cannot avoid.
 */
export default async function adminBench(): Promise<BenchResult[]> {
  return [await pinVerification(), await configSave()];
}

/** verifyPin against a hash made with the production cost, beside one SHA-256 of the same PIN. */
async function pinVerification(): Promise<BenchResult> {
  const encoded = await hashPin(PIN);
  await verifyPin(PIN, encoded);
  // CPU time beside wall time: on a shared machine the wall time also counts waiting.
  const cpuBefore = process.cpuUsage();
  const checks = await timeEach(12, 0, () => verifyPin(PIN, encoded));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerCheck = (cpu.user + cpu.system) / 1000 / checks.length;
  const fast = await timeEach(2000, 200, () =>
    Promise.resolve(createHash('sha256').update(PIN).digest()),
  );
  const measured = { ...percentiles(checks), cpuMsPerCheck: Math.round(cpuMsPerCheck * 10) / 10 };
  const baseline = percentiles(fast);
  const { N, r, p } = PIN_SCRYPT_COST;
  return {
    name: 'admin PIN verification (scrypt)',
    unit: 'ms',
    measured,
    baseline: { what: 'one SHA-256 of the same PIN (no key stretching)', ...baseline },
    ratio: { p50: ratio(measured.p50, baseline.p50) },
    target:
      'p50 between 100 and 500 ms (deliberately slow); cpuMsPerCheck shows the cost without waiting',
    met: measured.p50 >= 100 && measured.p50 <= 500,
    notes: `scrypt N=${N} (2^${Math.log2(N)}), r=${r}, p=${p}, 32-byte key, 16-byte salt, memory ${(128 * N * r) / 2 ** 20} MiB`,
  };
}

/**
 * config.update through the preview host's client (HTTP, token, dispatcher, zod, the
 * cross-checks, atomic write of the file and its last-good copy, history row, in force)
 * beside writeFileAtomic of the same bytes into the same folder, measured alternately.
 */
async function configSave(): Promise<BenchResult> {
  const borne = createTestBorne(mkdtempSync(join(tmpdir(), 'borne-bench-admin-')));
  const { host, api } = await startBenchHost(borne);
  await api.admin.createPin(PIN);
  const base = await api.config.get();
  const variant = (round: number): CentreConfig => ({
    ...base,
    session: { ...base.session, idleSeconds: 200 + (round % 100) },
  });
  const bareFile = join(borne.dataDir, 'config', 'bench-bare-write.json');
  let round = 0;
  const samples = await timeInterleaved(
    200,
    20,
    async () => {
      round += 1;
      const config = variant(round);
      await api.config.update(config);
      if (borne.services.config.current.session.idleSeconds !== config.session.idleSeconds) {
        throw new Error('saved config not in force');
      }
    },
    () => {
      writeFileAtomic(bareFile, serializeConfig(variant(round)));
      return Promise.resolve();
    },
  );
  await host.close();
  borne.services.close();
  return ratioResult({
    name: 'admin config save end to end (config.update via the preview-host client)',
    samples,
    baselineWhat: 'writeFileAtomic of the same bytes, same folder',
    maxRatio: 3,
    target: 'p50 within 3× the bare atomic write',
  });
}
