// Re-anchors saved note targets on a page: XPath range, then text position, then a quote search with the old position.
import { contextAgrees, matchQuote } from '../../core/anchoring/match-quote';
import { prepareText, type PreparedText } from '../../core/anchoring/squeezed-text';
import type { NoteTarget, RangeSelector } from '../../core/notes/note';
import { paragraphText } from '../selection';
import { isInvisibleText } from './quote-copies';

/** How a target was found again, from most to least direct. */
export type AnchorKind = 'range' | 'position' | 'exact-quote' | 'fuzzy';

/** A re-anchored target: a DOM range and its offsets in the root's text content. */
export interface Anchor {
  range: Range;
  kind: AnchorKind;
  start: number;
  end: number;
}

/** The text content of a root, with each text node's place in it, built once for many anchors. */
export interface TextIndex {
  root: HTMLElement;
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]`'s first character in `text`. */
  starts: Int32Array;
  nodeIndex: Map<Node, number>;
  /** The text prepared for quote search, with script and style text left out. */
  prepared: PreparedText;
}

/** Indexes the text nodes of `root`; offsets match `root.textContent`, as TextPositionSelectors count them. */
export function indexText(root: HTMLElement): TextIndex {
  const doc = root.ownerDocument;
  // SHOW_TEXT | SHOW_CDATA_SECTION: the nodes that make up textContent.
  const walker = doc.createTreeWalker(root, 0x4 | 0x8);
  const nodes: Text[] = [];
  const parts: string[] = [];
  const startList: number[] = [];
  const excluded: [number, number][] = [];
  const cache = new Map<Node, boolean>();
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (isInvisibleText(node, root, cache) && data.length) {
      const last = excluded[excluded.length - 1];
      if (last && last[1] === length) last[1] += data.length;
      else excluded.push([length, length + data.length]);
    }
    nodes.push(node as Text);
    startList.push(length);
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  const nodeIndex = new Map<Node, number>();
  nodes.forEach((node, i) => nodeIndex.set(node, i));
  return { root, text, nodes, starts: Int32Array.from(startList), nodeIndex, prepared: prepareText(text, excluded) };
}

/** The text node holding `offset` and the offset inside it; at a node boundary `preferEnd` picks the earlier node. */
function locate(index: TextIndex, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { starts, nodes } = index;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid]!;
    const end = start + nodes[mid]!.data.length;
    if (offset < start || (preferEnd && offset === start && mid > 0)) hi = mid - 1;
    else if (offset > end || (!preferEnd && offset === end && mid < nodes.length - 1)) lo = mid + 1;
    else return { node: nodes[mid]!, offset: offset - start };
  }
  return null;
}

/** Makes a DOM Range for [start, end) in the root's text content, or null when out of bounds. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > index.text.length) return null;
  const a = locate(index, start, false);
  const b = locate(index, end, true);
  if (!a || !b) return null;
  const range = index.root.ownerDocument.createRange();
  // Start from the start node's contents: setting a boundary in the same node needs no tree-order comparison,
  // which jsdom makes in time proportional to the document's size.
  range.selectNodeContents(a.node);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const STEP = /^([^[\]]+?)(?:\[(\d+)\])?$/;

/**
 * Resolves a simple XPath such as `/main[1]/p[2]` (relative to `root`) or `/html[1]/body[1]/main[1]/p[2]`
 * (absolute); a last step `text()[n]` names a text node. Returns null when a step is missing or unsupported.
 */
export function resolveXPath(root: HTMLElement, xpath: string): Node | null {
  const steps = xpath.split('/').filter(Boolean);
  let node: Node = root;
  if (/^html(\[1\])?$/i.test(steps[0] ?? '') && root.localName !== 'html') node = root.ownerDocument;
  for (const step of steps) {
    const m = STEP.exec(step);
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    let wanted = m[2] ? Number(m[2]) : 1;
    let found: Node | null = null;
    for (let child = node.firstChild; child && !found; child = child.nextSibling) {
      const matches =
        name === 'text()'
          ? child.nodeType === 3
          : child.nodeType === 1 && (child as Element).localName.toLowerCase() === name;
      if (matches && --wanted === 0) found = child;
    }
    if (!found) return null;
    node = found;
  }
  return node === root || root.contains(node) ? node : null;
}

/** The text offset of the first character of `node`'s text, or -1 when it holds no text. */
function textStart(index: TextIndex, node: Node): number {
  const own = index.nodeIndex.get(node);
  if (own !== undefined) return index.starts[own]!;
  const walker = index.root.ownerDocument.createTreeWalker(node, 0x4 | 0x8);
  const first = walker.nextNode();
  const at = first ? index.nodeIndex.get(first) : undefined;
  return at === undefined ? -1 : index.starts[at]!;
}

/** Text offsets of a RangeSelector; `end` is -1 when only the start container still resolves. */
function offsetsFromRangeSelector(index: TextIndex, selector: RangeSelector): { start: number; end: number } | null {
  const startNode = resolveXPath(index.root, selector.startContainer);
  const a = startNode ? textStart(index, startNode) : -1;
  if (a < 0) return null;
  const endNode = resolveXPath(index.root, selector.endContainer);
  const b = endNode ? textStart(index, endNode) : -1;
  return { start: a + selector.startOffset, end: b < 0 ? -1 : b + selector.endOffset };
}

function direct(index: TextIndex, target: NoteTarget, start: number, end: number, kind: AnchorKind): Anchor | null {
  if (index.text.slice(start, end) !== target.quote.exact) return null;
  if (!contextAgrees(index.prepared, target.quote, start, end, target.context)) return null;
  const range = rangeFromOffsets(index, start, end);
  return range && { range, kind, start, end };
}

/** The context text (as describeRange records it) of the paragraph holding text offset `at`. */
function paragraphAround(index: TextIndex, at: number): string | undefined {
  const el = locate(index, at, false)?.node.parentElement;
  return el ? paragraphText(el) : undefined;
}

/** Anchors one target against an index built by {@link indexText}. */
export function anchorInIndex(index: TextIndex, target: NoteTarget): Anchor | null {
  if (!target.quote.exact) return null;
  const fromRange = target.range ? offsetsFromRangeSelector(index, target.range) : null;
  const byRange = fromRange && direct(index, target, fromRange.start, fromRange.end, 'range');
  if (byRange) return byRange;
  const position = target.position;
  const byPosition = position && direct(index, target, position.start, position.end, 'position');
  if (byPosition) return byPosition;
  // Where the XPath's element now starts is the better hint when text before it changed; the old offset is next.
  const positions = [fromRange?.start, position?.start].filter((p): p is number => typeof p === 'number');
  const match = matchQuote(index.prepared, target.quote, {
    positions,
    context: target.context,
    paragraphAt: (at) => paragraphAround(index, at),
    copies: target.copies,
  });
  if (!match) return null;
  const range = rangeFromOffsets(index, match.start, match.end);
  if (!range) return null;
  return { range, kind: match.kind === 'exact' ? 'exact-quote' : 'fuzzy', start: match.start, end: match.end };
}

/**
 * Finds a saved target again under `root` (usually `document.body`): the XPath range if the text there is the quote,
 * else the text position if the text there is the quote, else a quote search near the old position.
 * Returns null (an orphaned note) rather than a doubtful anchor.
 */
export function anchorTarget(root: HTMLElement, target: NoteTarget): Anchor | null {
  return anchorInIndex(indexText(root), target);
}

/** Anchors many targets on one page, reading its text only once. Results are in the targets' order. */
export function anchorMany(root: HTMLElement, targets: readonly NoteTarget[]): (Anchor | null)[] {
  const index = indexText(root);
  return targets.map((target) => anchorInIndex(index, target));
}
