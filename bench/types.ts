/** One figure a benchmark reports, always beside a baseline measured in the same run. */
export interface BenchResult {
  name: string;
  unit: string;
  measured: Record<string, number>;
  baseline: Record<string, number | string>;
  ratio: Record<string, number>;
  target: string;
  met: boolean;
  notes?: string;
}
