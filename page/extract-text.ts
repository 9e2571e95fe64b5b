// Extracts a page's visible text as one string, with a map from string offsets back to DOM text nodes.
import { SLICE_MS, yieldToPage } from './chunked';

/** A text node's place in the extracted text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

/** The extracted text of a subtree and where each node's text sits in it. */
export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'CODE',
  'PRE',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BUTTON',
  'LABEL',
]);

/**
 * True when an element's text must not be read or highlighted (scripts, form fields, code, editable areas, hidden
 * parts, the extension's own UI). Attributes only: an element inside an editable one is skipped with its ancestor.
 */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return el.hasAttribute('data-sanctions-lens-ui');
}

/** How many nodes to read between two looks at the clock. */
const NODES_PER_CHECK = 64;

/**
 * Reads the text of a subtree in slices: {@link TextExtractor.run} reads until told to stop and carries on from there
 * on the next call. Text of different blocks is separated by a newline so that names never run across paragraphs.
 * A manual walk (no TreeWalker filter calling back into script for every node), keeping the current block on a stack.
 */
export class TextExtractor {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly blocks: Node[] = [];
  private length = 0;
  private lastBlock: Node | null = null;
  private node: Node | null;

  constructor(private readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    // In an editable document every text is the user's input.
    this.node = doc.designMode === 'on' ? null : root.firstChild;
  }

  /** Reads on until `stop()` (asked every few nodes) says so; returns whether the whole subtree is read. */
  run(stop: () => boolean = () => false): boolean {
    const root = this.root;
    let node = this.node;
    let n = 0;
    while (node) {
      if (++n === NODES_PER_CHECK) {
        n = 0;
        if (stop()) break;
      }
      let descend = false;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (!isSkippedElement(el) && el.firstChild) {
          descend = true;
          if (BLOCKS.has(el.tagName.toUpperCase())) this.blocks.push(el);
        }
      } else if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const block = this.blocks.length ? this.blocks[this.blocks.length - 1]! : root;
          if (this.lastBlock && block !== this.lastBlock) {
            this.parts.push('\n');
            this.length += 1;
          }
          this.lastBlock = block;
          this.segments.push({ node: node as Text, start: this.length });
          this.parts.push(data);
          this.length += data.length;
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Next: the sibling, else the nearest ancestor's sibling (leaving blocks on the way up).
      for (;;) {
        if (node === root) {
          node = null;
          break;
        }
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = node.parentNode;
        if (!node || node === root) {
          node = null;
          break;
        }
        if (this.blocks[this.blocks.length - 1] === node) this.blocks.pop();
      }
    }
    this.node = node;
    return node === null;
  }

  /** The text read so far and where each node's text sits in it. */
  result(): ExtractedText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

/**
 * Reads the text of `root`, skipping scripts, form fields, code and editable areas.
 * Text of different blocks is separated by a newline so that names never run across paragraphs.
 */
export function extractText(root: Node): ExtractedText {
  const extractor = new TextExtractor(root);
  extractor.run();
  return extractor.result();
}

/**
 * {@link extractText} in slices of `sliceMs`, yielding to the page between them, so that a large page never holds
 * the main thread for long. Returns null when `signal` aborts.
 */
export async function extractTextChunked(
  root: Node,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<ExtractedText | null> {
  const extractor = new TextExtractor(root);
  for (;;) {
    const until = now() + sliceMs;
    if (extractor.run(() => now() >= until)) return extractor.result();
    await yieldToPage();
    if (signal.aborted) return null;
  }
}

/** Finds the segment holding offset `offset` (binary search); `preferEnd` picks the earlier node at a boundary. */
export function locate(
  segments: TextSegment[],
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    const end = seg.start + seg.node.data.length;
    if (offset < seg.start || (preferEnd && offset === seg.start && mid > 0)) hi = mid - 1;
    else if (offset > end || (!preferEnd && offset === end && mid < segments.length - 1)) lo = mid + 1;
    else return { node: seg.node, offset: offset - seg.start };
  }
  return null;
}

/** Makes a DOM Range for the extracted-text span [start, end). */
export function rangeFor(extracted: ExtractedText, start: number, end: number): Range | null;
/** With `kind` `static`, a `StaticRange` (not updated by DOM edits, so they do not pay for it). */
export function rangeFor(
  extracted: ExtractedText,
  start: number,
  end: number,
  kind: 'static' | 'live',
): AbstractRange | null;
export function rangeFor(
  extracted: ExtractedText,
  start: number,
  end: number,
  kind: 'static' | 'live' = 'live',
): AbstractRange | null {
  const a = locate(extracted.segments, start);
  const b = locate(extracted.segments, end, true);
  if (!a || !b) return null;
  if (kind === 'static') {
    const view = a.node.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (view?.StaticRange) {
      return new view.StaticRange({
        startContainer: a.node,
        startOffset: a.offset,
        endContainer: b.node,
        endOffset: b.offset,
      });
    }
  }
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
