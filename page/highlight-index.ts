// Keeps the drawn entity ranges in document order, for hit-testing a point and moving between highlights.

/** One highlighted mention. */
export interface HighlightEntry {
  range: Range;
  entityId: string;
  type: string;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

type HighlightRegistryWithPoint = { highlightsFromPoint?: (x: number, y: number) => unknown[] };

/** The text position under a viewport point, using whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** An ordered index of highlighted ranges. */
export class HighlightIndex {
  private entries: HighlightEntry[] = [];

  /** Number of entries. */
  get size(): number {
    return this.entries.length;
  }

  /** All entries in document order. */
  all(): readonly HighlightEntry[] {
    return this.entries;
  }

  /** Adds entries and keeps document order. */
  add(entries: HighlightEntry[]): void {
    this.entries.push(...entries);
    this.entries.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** Drops entries whose ranges no longer hold text (their nodes were removed or emptied). */
  prune(): void {
    this.entries = this.entries.filter((e) => !e.range.collapsed && e.range.startContainer.isConnected);
  }

  /** Removes the entries that start inside `node` (before it is matched again). */
  removeWithin(node: Node): void {
    this.entries = this.entries.filter((e) => !node.contains(e.range.startContainer));
  }

  /** Removes everything. */
  clear(): void {
    this.entries = [];
  }

  /** The entry whose range holds the boundary point (node, offset), by binary search. */
  at(node: Node, offset: number): HighlightEntry | undefined {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const entry = this.entries[mid]!;
      let cmp: number;
      try {
        cmp = entry.range.comparePoint(node, offset);
      } catch {
        return undefined; // the point is in another document or a detached tree
      }
      if (cmp === 0) return entry;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  }

  /**
   * The entry under a viewport point. Where the browser offers `CSS.highlights.highlightsFromPoint`, a point over
   * none of our highlights is rejected at once; the caret position then picks the range, confirmed by its boxes.
   */
  atPoint(doc: Document, x: number, y: number): HighlightEntry | undefined {
    if (this.entries.length === 0) return undefined;
    const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights as
      HighlightRegistryWithPoint | undefined;
    if (
      registry &&
      typeof registry.highlightsFromPoint === 'function' &&
      registry.highlightsFromPoint(x, y).length === 0
    ) {
      return undefined;
    }
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const entry = this.at(caret.node, caret.offset);
    return entry && rectsContain(entry.range, x, y) ? entry : undefined;
  }

  /** The entry after (or before, with `step` -1) the given one, wrapping around. */
  step(from: HighlightEntry | undefined, step: 1 | -1): HighlightEntry | undefined {
    if (this.entries.length === 0) return undefined;
    const i = from ? this.entries.indexOf(from) : -1;
    const next =
      i < 0 ? (step === 1 ? 0 : this.entries.length - 1) : (i + step + this.entries.length) % this.entries.length;
    return this.entries[next];
  }
}
