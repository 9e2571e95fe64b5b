// Draws entity highlights with the CSS Custom Highlight API, one named highlight per entity type.

import { wrapRanges } from './wrap-highlights';

/** The prefix of every highlight name that Sanctions Lens registers. */
export const HIGHLIGHT_PREFIX = 'sanctions-lens-';

/** True when this document supports the CSS Custom Highlight API. */
export function highlightsSupported(win: Window = window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function' && !!css?.highlights;
}

/** A set of highlights drawn on the page, removable at once. */
export interface DrawnHighlights {
  /** Number of ranges drawn. */
  readonly count: number;
  /** Removes every highlight that this drawing registered. */
  clear(): void;
}

/**
 * Registers one CSS highlight per group (e.g. per entity type), named `sanctions-lens-<group>`.
 * Returns a handle that removes them again. Where the API is missing, wraps the mentions instead.
 */
export function drawHighlights(
  groups: Map<string, Range[]>,
  win: Window = window,
  colorOf: (group: string) => string = () => 'rgba(250, 204, 21, 0.4)',
): DrawnHighlights {
  if (!highlightsSupported(win)) {
    // Only where the API is missing: wrap the mentions in elements (never in fields, code or widgets).
    const ranges = [...groups].flatMap(([type, list]) => list.map((range) => ({ range, type })));
    const { count, unwrap } = wrapRanges(ranges, colorOf);
    return { count, clear: unwrap };
  }
  const w = win as Window & typeof globalThis;
  const registry = w.CSS.highlights;
  const names: string[] = [];
  let count = 0;
  for (const [group, ranges] of groups) {
    if (ranges.length === 0) continue;
    const name = HIGHLIGHT_PREFIX + group;
    registry.set(name, new w.Highlight(...ranges));
    names.push(name);
    count += ranges.length;
  }
  return {
    count,
    clear() {
      for (const name of names) registry.delete(name);
    },
  };
}
