// Deterministic pseudo-random numbers for the re-anchoring benchmark (seeded by BENCH_SEED).

/** The seed every choice of the benchmark derives from. */
export const SEED = Number(process.env.BENCH_SEED ?? 20240601);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark's one stream of random numbers: a run is the same for the same seed and pages. */
export const rand = random(SEED);

/** One element of `list`, chosen with {@link rand}. */
export const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
