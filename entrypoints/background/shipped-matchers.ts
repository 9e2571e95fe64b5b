// Loads the shipped knowledge base's matchers, compiled at build time (scripts/kb-matchers.ts), from the extension.
import { browser } from 'wxt/browser';
import { PRECOMPILED_MATCHER_FILES, type PrecompiledMatchers } from '../../core/analysis/analysis-kb';
import { matcherFromBinary } from '../../core/match/binary';

/** Reads a file of the extension's package. */
export type ReadAsset = (path: string) => Promise<ArrayBuffer>;

/** Reads a file of the extension's package (a path such as `matchers/entities.bin`). */
export async function readPackaged(path: string): Promise<ArrayBuffer> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/popup.html'));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** A getter of the shipped matchers, and a way to start reading their files before anything needs them. */
export type ShippedMatchers = (() => Promise<PrecompiledMatchers | null>) & {
  /** Starts reading the files (not decoding them); a failure is met, and logged, by the getter. */
  prefetch(): void;
};

/**
 * A getter of the shipped matchers, loaded on first use and kept; null (the caller then compiles everything) when
 * they are missing or unreadable, which is logged.
 */
export function shippedMatchers(
  read: ReadAsset = readPackaged,
  log: (message: string) => void = console.warn,
): ShippedMatchers {
  let files: Promise<[ArrayBuffer, ArrayBuffer]> | null = null;
  const readFiles = () =>
    (files ??= Promise.all([read(PRECOMPILED_MATCHER_FILES.entities), read(PRECOMPILED_MATCHER_FILES.signals)]));
  let loaded: Promise<PrecompiledMatchers | null> | null = null;
  const load = async (): Promise<PrecompiledMatchers | null> => {
    try {
      const [entities, signals] = await readFiles();
      return { entities: matcherFromBinary(entities), signals: matcherFromBinary(signals) };
    } catch (err) {
      log(`Sanctions Lens: precompiled matchers unavailable, compiling instead (${String(err)})`);
      return null;
    }
  };
  return Object.assign(() => (loaded ??= load()), {
    prefetch() {
      readFiles().catch(() => undefined);
    },
  });
}
