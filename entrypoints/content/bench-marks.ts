// Performance marks for the on-page benchmark (scripts/bench-page.ts): set only in a tab it marked, never for users.

/** The `window.name` by which the benchmark asks for marks (it sets it in each page before the page's scripts). */
export const BENCH_WINDOW_NAME = 'sanctions-lens-bench';

let on: boolean | null = null;

/**
 * Sets the mark `sanctions-lens:<phase>` when the benchmark asked for marks; else does nothing (the first mark in a
 * world costs a few ms on a loaded machine, which no reader should pay).
 */
export function benchMark(phase: string): void {
  on ??= window.name === BENCH_WINDOW_NAME;
  if (on) performance.mark(`sanctions-lens:${phase}`);
}
