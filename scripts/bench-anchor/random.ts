// The re-anchoring benchmark's seeded random choices (BENCH_SEED).
import { seededRandom } from '../../core/seeded-random';

/** The seed every choice of the benchmark derives from. */
export const SEED = Number(process.env.BENCH_SEED ?? 20240601);

/** The benchmark's one stream of random numbers: a run is the same for the same seed and pages. */
export const rand = seededRandom(SEED);

/** One element of `list`, chosen with {@link rand}. */
export const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
