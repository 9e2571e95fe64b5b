// A value read once and kept until its source says it changed (e.g. the settings, read by the background at each wake).

/**
 * A reader of a value that keeps what it read: `read` runs at the first call and again only after a failed read;
 * `subscribe` registers a listener that the source calls with the new value whenever it changes, and that value is
 * kept from then on (a read still in flight when a change comes is not kept in its place).
 */
export function keptValue<T>(
  read: () => Promise<T>,
  subscribe: (listener: (next: T) => void) => void,
): () => Promise<T> {
  let held: Promise<T> | null = null;
  subscribe((next) => {
    held = Promise.resolve(next);
  });
  return () => {
    if (held) return held;
    const reading = read();
    held = reading;
    reading.catch(() => {
      // Read again next time.
      if (held === reading) held = null;
    });
    return reading;
  };
}
