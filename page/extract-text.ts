// Extracts a page's visible text as one string, with a map from string offsets back to DOM text nodes.
import { SLICE_MS, yieldToPage } from './chunked';
import { PageReader } from './page-reader';

export { isSkippedElement } from './visible-text';

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
