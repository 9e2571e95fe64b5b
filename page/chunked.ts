// Runs work in slices that never hold the main thread for long, yielding to the page between slices.

/** Longest slice of work before yielding, in milliseconds. */
export const SLICE_MS = 8;

/** Yields to the event loop: `scheduler.yield()` where the browser has it, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `each` for every item, yielding whenever a slice has run `sliceMs`; stops early when `signal` aborts.
 * Returns whether it finished.
 */
export async function forEachChunked<T>(
  items: readonly T[],
  each: (item: T, index: number) => void,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<boolean> {
  let sliceStart = now();
  for (let i = 0; i < items.length; i++) {
    if (signal.aborted) return false;
    each(items[i]!, i);
    if ((i & 31) === 31 && now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
  return !signal.aborted;
}
