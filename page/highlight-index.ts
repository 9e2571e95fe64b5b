// Keeps the drawn entity ranges in document order, for hit-testing a point and moving between highlights.

/** One highlighted mention. */
export interface HighlightEntry {
  /**
   * The mention's span. Where the browser draws highlights, a `StaticRange`: unlike a live `Range`, it costs nothing
   * on the page's own DOM edits (the browser updates every live range on every edit). {@link liveRange} turns it into
   * a `Range` when boxes or a copy are needed.
   */
  range: AbstractRange;
  entityId: string;
  type: string;
}

/** A live `Range` over the same span (`null` when the span no longer fits its nodes after the page changed them). */
export function liveRange(span: AbstractRange): Range | null {
  if (typeof (span as Range).cloneRange === 'function') return span as Range;
  const doc = span.startContainer.ownerDocument ?? (span.startContainer as Document);
  try {
    const range = doc.createRange();
    range.setStart(span.startContainer, span.startOffset);
    range.setEnd(span.endContainer, span.endOffset);
    return range;
  } catch {
    return null;
  }
}

/**
 * Whether boundary point (a, ao) comes before (-1), at (0) or after (1) boundary point (b, bo); NaN when the two
 * are in different trees.
 */
export function comparePoints(a: Node, ao: number, b: Node, bo: number): number {
  if (a === b) return ao === bo ? 0 : ao < bo ? -1 : 1;
  const position = a.compareDocumentPosition(b);
  if (position & 1 /* disconnected */) return NaN;
  if (position & 16 /* b is inside a */) {
    // a's child that holds b: the point (a, ao) is before b when ao is at most that child's index.
    let child: Node = b;
    while (child.parentNode !== a) child = child.parentNode!;
    return ao <= Array.prototype.indexOf.call(a.childNodes, child) ? -1 : 1;
  }
  if (position & 8 /* a is inside b */) return -comparePoints(b, bo, a, ao);
  return position & 4 /* b follows a */ ? -1 : 1;
}

/** Orders two spans by their start. */
function byStart(x: AbstractRange, y: AbstractRange): number {
  return comparePoints(x.startContainer, x.startOffset, y.startContainer, y.startOffset) || 0;
}

/** Whether the span still fits its nodes (a static span goes stale when the page edits its text). */
function fits(span: AbstractRange): boolean {
  const length = (n: Node) => (n.nodeType === 3 || n.nodeType === 4 ? (n as Text).length : n.childNodes.length);
  return span.startOffset <= length(span.startContainer) && span.endOffset <= length(span.endContainer);
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

function rectsContain(span: AbstractRange, x: number, y: number): boolean {
  const range = liveRange(span);
  if (!range) return false;
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

  /**
   * Adds entries and keeps document order (`ordered`: the caller knows that `entries` are). Entries in document order that all fall between two existing entries
   * (e.g. those of one subtree, matched again) are inserted as a block, by binary search.
   */
  add(entries: HighlightEntry[], known: { ordered?: boolean } = {}): void {
    if (entries.length === 0) return;
    let ordered = true;
    if (!known.ordered) {
      for (let i = 1; i < entries.length && ordered; i++)
        ordered = byStart(entries[i - 1]!.range, entries[i]!.range) <= 0;
    }
    if (ordered) this.addRuns([entries]);
    else this.addSorting(entries);
  }

  /**
   * Adds runs of entries, each in document order and each within a part of the page that holds no other entry (e.g.
   * the changed parts of a page, matched again after {@link removeWithin}): each run goes in as a block where binary
   * search puts it, and the list is built once; a run that does not fit between two entries is sorted in. Linear in
   * the entries, where sorting them all again calls the browser's `compareDocumentPosition` N log N times.
   */
  addRuns(runs: readonly HighlightEntry[][]): void {
    const blocks: { at: number; run: HighlightEntry[] }[] = [];
    const loose: HighlightEntry[] = [];
    for (const run of runs) {
      if (run.length === 0) continue;
      const at = this.insertionPoint(run[0]!.range);
      const next = this.entries[at];
      if (next && byStart(run[run.length - 1]!.range, next.range) > 0) for (const e of run) loose.push(e);
      else blocks.push({ at, run });
    }
    if (blocks.length > 0) {
      blocks.sort((a, b) => a.at - b.at || byStart(a.run[0]!.range, b.run[0]!.range));
      const out: HighlightEntry[] = [];
      let from = 0;
      for (const { at, run } of blocks) {
        for (let i = from; i < at; i++) out.push(this.entries[i]!);
        for (const e of run) out.push(e);
        from = at;
      }
      for (let i = from; i < this.entries.length; i++) out.push(this.entries[i]!);
      this.entries = out;
    }
    if (loose.length > 0) this.addSorting(loose);
  }

  /** The index of the first entry that starts after `range` starts. */
  private insertionPoint(range: AbstractRange): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart(this.entries[mid]!.range, range) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds entries in any order: all sorted again. */
  private addSorting(entries: readonly HighlightEntry[]): void {
    // Spread in an array literal: no limit on the number of arguments.
    this.entries = [...this.entries, ...entries];
    this.entries.sort((a, b) => byStart(a.range, b.range));
  }

  /** Drops entries whose spans no longer hold text (their nodes were removed, emptied or shortened); returns them. */
  prune(): HighlightEntry[] {
    const gone: HighlightEntry[] = [];
    this.entries = this.entries.filter((e) => {
      const keep = !e.range.collapsed && e.range.startContainer.isConnected && fits(e.range);
      if (!keep) gone.push(e);
      return keep;
    });
    return gone;
  }

  /** Removes the entries that start inside any of `nodes` (before they are matched again); returns them. */
  removeWithin(...nodes: Node[]): HighlightEntry[] {
    const roots = new Set(nodes);
    const gone: HighlightEntry[] = [];
    const inside = (n: Node | null) => {
      for (; n; n = n.parentNode) if (roots.has(n)) return true;
      return false;
    };
    this.entries = this.entries.filter((e) => {
      const keep = !inside(e.range.startContainer);
      if (!keep) gone.push(e);
      return keep;
    });
    return gone;
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
      const r = entry.range;
      const before = comparePoints(node, offset, r.startContainer, r.startOffset);
      if (Number.isNaN(before)) return undefined; // the point is in another document or a detached tree
      let cmp: number;
      if (before < 0) cmp = -1;
      else if (comparePoints(node, offset, r.endContainer, r.endOffset) > 0) cmp = 1;
      else cmp = 0;
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
