// The re-anchoring benchmark's seeded random choices (BENCH_SEED), one stream per page.
import { seededRandom } from '../../core/seeded-random';

/** The seed every choice of the benchmark derives from. */
export const SEED = Number(process.env.BENCH_SEED ?? 20240601);

let stream = seededRandom(SEED);

/**
 * Starts the stream for one page, from the seed and the page's name: a page gets the same quotes and changes
 * whichever other pages run (a `BENCH_PAGES` subset repeats the full run's cases).
 */
export function seedFor(name: string): void {
  let h = SEED >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  stream = seededRandom(h);
}

/** The benchmark's random numbers in [0, 1): a run is the same for the same seed and pages. */
export const rand = (): number => stream();

/** One element of `list`, chosen with {@link rand}. */
export const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
