// Draws entity highlights with the CSS Custom Highlight API, one named highlight per entity type.

import { liveRange } from './highlight-index';
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
  groups: Map<string, AbstractRange[]>,
  win: Window = window,
  colorOf: (group: string) => string = () => 'rgba(250, 204, 21, 0.4)',
): DrawnHighlights {
  if (!highlightsSupported(win)) {
    // Only where the API is missing: wrap the mentions in elements (never in fields, code or widgets).
    const ranges = [...groups].flatMap(([type, list]) =>
      list.flatMap((span) => {
        const range = liveRange(span);
        return range ? [{ range, type }] : [];
      }),
    );
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
    const highlight = new w.Highlight();
    for (const range of ranges) highlight.add(range);
    registry.set(name, highlight);
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

/** A mention to draw, by group (entity type). */
export interface LayerEntry {
  range: AbstractRange;
  type: string;
}

/**
 * Highlights that change piece by piece (content that arrives later): one CSS highlight per group, to which spans are
 * added and from which they are deleted, never rebuilt whole. Where the API is missing, every change wraps again.
 */
export class HighlightLayer {
  private readonly groups = new Map<string, Set<AbstractRange>>();
  /** Groups made while held: filled, but not yet registered with the browser ({@link show}). */
  private readonly unshown: string[] = [];
  private drawn: DrawnHighlights | null = null;

  constructor(
    private readonly win: Window,
    private readonly colorOf: (group: string) => string,
  ) {}

  /** Number of spans drawn. */
  get count(): number {
    let n = 0;
    for (const set of this.groups.values()) n += set.size;
    return n;
  }

  /**
   * Draws more spans. With `hold`, a group that is new gets its spans but is registered with the browser only by the
   * next call without it (or {@link show}): a long first drawing in slices is then painted once, when complete,
   * rather than again after each slice.
   */
  add(entries: readonly LayerEntry[], hold = false): void {
    for (const e of entries) {
      let set = this.groups.get(e.type);
      if (!set) {
        set = this.makeGroup(e.type);
        this.groups.set(e.type, set);
      }
      set.add(e.range);
    }
    if (!hold) this.show();
    this.refresh();
  }

  /** Registers the groups made while held. */
  show(): void {
    if (this.unshown.length === 0) return;
    const registry = (this.win as Window & typeof globalThis).CSS.highlights;
    for (const group of this.unshown) {
      registry.set(HIGHLIGHT_PREFIX + group, this.groups.get(group) as unknown as Highlight);
    }
    this.unshown.length = 0;
  }

  /** Removes spans. */
  remove(entries: readonly LayerEntry[]): void {
    for (const e of entries) this.groups.get(e.type)?.delete(e.range);
    this.refresh();
  }

  /** Removes every span and the highlights themselves. */
  clear(): void {
    this.drawn?.clear();
    this.drawn = null;
    this.unshown.length = 0;
    if (highlightsSupported(this.win)) {
      const registry = (this.win as Window & typeof globalThis).CSS.highlights;
      for (const group of this.groups.keys()) registry.delete(HIGHLIGHT_PREFIX + group);
    }
    this.groups.clear();
  }

  /**
   * A new group's set of spans: a CSS highlight (registered by {@link show}) where the browser has the API, else a
   * plain set, wrapped on refresh.
   */
  private makeGroup(group: string): Set<AbstractRange> {
    if (!highlightsSupported(this.win)) return new Set();
    const w = this.win as Window & typeof globalThis;
    this.unshown.push(group);
    return new w.Highlight() as unknown as Set<AbstractRange>;
  }

  private refresh(): void {
    if (highlightsSupported(this.win)) return;
    this.drawn?.clear();
    const groups = new Map<string, AbstractRange[]>();
    for (const [group, set] of this.groups) groups.set(group, [...set]);
    this.drawn = drawHighlights(groups, this.win, this.colorOf);
  }
}
