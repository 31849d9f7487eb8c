/** Percentiles over a list of durations (ms), computed on a sorted copy. */
export function percentiles(samples: readonly number[]): {
  p50: number;
  p99: number;
  mean: number;
  n: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { p50: round(at(0.5)), p99: round(at(0.99)), mean: round(mean), n: sorted.length };
}

export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function ratio(measured: number, baseline: number): number {
  return round(measured / baseline, 3);
}

/** Times `count` sequential runs of an async operation after `warmup` untimed ones. */
export async function timeEach(
  count: number,
  warmup: number,
  run: () => Promise<unknown>,
): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times two operations alternately, call by call, after a shared warm-up: both see the
 * same JIT state, CPU frequency and background load, so their ratio is fair.
 */
export async function timeInterleaved(
  count: number,
  warmup: number,
  measured: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
): Promise<{ measured: number[]; baseline: number[] }> {
  for (let index = 0; index < warmup; index += 1) {
    await measured();
    await baseline();
  }
  const samples = { measured: [] as number[], baseline: [] as number[] };
  for (let index = 0; index < count; index += 1) {
    let start = performance.now();
    await measured();
    samples.measured.push(performance.now() - start);
    start = performance.now();
    await baseline();
    samples.baseline.push(performance.now() - start);
  }
  return samples;
}
