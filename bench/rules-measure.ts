// Timing helpers for the rules benchmark. CPU-bound variants are compared in alternating rounds
// (the order rotates every round) and summarised by their medians, so a burst of load from
// elsewhere on a shared machine lands on every variant alike instead of deciding the result.

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface Variant {
  name: string;
  /** One timed sample; returns a checksum so the work cannot be optimised away. */
  run(): number;
}

export interface VariantSamples {
  name: string;
  /** Milliseconds per sample. */
  samples: number[];
  checksum: number;
}

/**
 * Runs every variant `warmup` times (JIT), then `rounds` rounds of one sample each, rotating the
 * order. Every sample of a variant must return the same checksum (same work every time).
 */
export function alternate(variants: readonly Variant[], rounds: number, warmup: number): VariantSamples[] {
  const out = variants.map((variant) => ({ name: variant.name, samples: [] as number[], checksum: Number.NaN }));
  for (let w = 0; w < warmup; w++) {
    variants.forEach((variant, i) => (out[i]!.checksum = variant.run()));
  }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (round + k) % variants.length;
      const started = performance.now();
      const checksum = variants[i]!.run();
      out[i]!.samples.push(performance.now() - started);
      if (checksum !== out[i]!.checksum) throw new Error(`${variants[i]!.name} returned ${checksum}, then ${out[i]!.checksum}: not the same work`);
    }
  }
  return out;
}

/** Times an async step `runs` times after one untimed warm-up run. */
export async function timeRuns<T>(runs: number, step: () => Promise<T>, inspect?: (result: T) => void): Promise<number[]> {
  inspect?.(await step());
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const result = await step();
    samples.push(performance.now() - started);
    inspect?.(result);
  }
  return samples;
}
