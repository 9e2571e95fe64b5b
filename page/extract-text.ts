// Extracts a page's visible text as one string, with a map from string offsets back to DOM text nodes.
import { SLICE_MS, yieldToPage } from './chunked';
import { PageReader } from './page-reader';

export { isSkippedElement } from './visible-text';

/** A text node's place in the extracted text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
  /** Offset just past its last character (its length as read, so that lookups need not ask the DOM). */
  end: number;
}

/** The extracted text of a subtree and where each node's text sits in it. */
export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

/**
 * Reads the text of a subtree in slices: {@link TextExtractor.run} reads until told to stop and carries on from there
 * on the next call. Text of different blocks is separated by a newline so that names never run across paragraphs.
 * The walk is {@link PageReader}'s, reading the text for highlighting only.
 */
export class TextExtractor {
  private readonly reader: PageReader;

  constructor(root: Node) {
    this.reader = new PageReader(root, { analysis: false, highlight: true });
  }

  /** Reads on until `stop()` (asked every few nodes) says so; returns whether the whole subtree is read. */
  run(stop: () => boolean = () => false): boolean {
    return this.reader.run(stop);
  }

  /** The text read so far and where each node's text sits in it. */
  result(): ExtractedText {
    return this.reader.extracted();
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
    const end = seg.end;
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

/**
 * Makes the ranges of many spans of one extracted text, given in text order (as matches come): a cursor walks the
 * segments forward instead of a binary search per offset (back to a search when a span starts behind it).
 */
export class RangeMaker {
  private at = 0;
  private readonly StaticRangeCtor: typeof StaticRange | null;
  private readonly init: StaticRangeInit;

  constructor(
    private readonly extracted: ExtractedText,
    kind: 'static' | 'live',
  ) {
    const first = extracted.segments[0]?.node;
    const view = first?.ownerDocument.defaultView as (Window & typeof globalThis) | null | undefined;
    this.StaticRangeCtor = kind === 'static' && view?.StaticRange ? view.StaticRange : null;
    this.init = { startContainer: first!, startOffset: 0, endContainer: first!, endOffset: 0 };
  }

  /** The range of [start, end), or null when it is outside the text. */
  make(start: number, end: number): AbstractRange | null {
    const segs = this.extracted.segments;
    if (segs.length === 0) return null;
    let i = this.at;
    if (start < segs[i]!.start) i = this.search(start);
    // The segment holding `start` (at a boundary, the later node, as {@link locate} does).
    while (i < segs.length - 1 && start >= segs[i]!.end) i++;
    this.at = i;
    let j = i;
    // The segment holding `end` (at a boundary, the earlier node).
    while (j < segs.length - 1 && end > segs[j]!.end) j++;
    const a = segs[i]!;
    const b = segs[j]!;
    // Outside the text, or an end in the gap between two blocks' nodes: none (as with {@link locate}).
    if (start < a.start || start > a.end || end > b.end || (end <= b.start && j > 0)) return null;
    const startOffset = start - a.start;
    const endOffset = end - b.start;
    if (this.StaticRangeCtor) {
      // One init object, filled anew for each range (the constructor copies it).
      const init = this.init;
      init.startContainer = a.node;
      init.startOffset = startOffset;
      init.endContainer = b.node;
      init.endOffset = endOffset;
      return new this.StaticRangeCtor(init);
    }
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset);
    return range;
  }

  /** Index of the last segment starting at or before `offset`. */
  private search(offset: number): number {
    const segs = this.extracted.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
