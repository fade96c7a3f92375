export interface LatencySummary {
  samples: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  meanMs: number | null;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Nearest-rank percentiles of latency samples in milliseconds. */
export function summarizeLatencies(samples: Float64Array): LatencySummary {
  if (samples.length === 0) {
    return { samples: 0, p50Ms: null, p95Ms: null, p99Ms: null, maxMs: null, meanMs: null };
  }
  const sorted = Float64Array.from(samples).sort();
  const rank = (fraction: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!);
  let sum = 0;
  for (const sample of sorted) sum += sample;
  return {
    samples: sorted.length,
    p50Ms: rank(0.5),
    p95Ms: rank(0.95),
    p99Ms: rank(0.99),
    maxMs: round(sorted[sorted.length - 1]!),
    meanMs: round(sum / sorted.length),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
