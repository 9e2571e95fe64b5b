// Extracts a page's visible text as one string, with a map from string offsets back to DOM text nodes.

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

/** True when an element's text must not be read or highlighted (scripts, form fields, code, editable areas). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if ((el as HTMLElement).isContentEditable || (el as HTMLElement).hidden) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return el.hasAttribute('data-sanctions-lens-ui');
}

function blockOf(node: Node, root: Node): Node {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCKS.has(el.tagName.toUpperCase())) return el;
  }
  return root;
}

/**
 * Reads the text of `root`, skipping scripts, form fields, code and editable areas.
 * Text of different blocks is separated by a newline so that names never run across paragraphs.
 */
export function extractText(root: Node): ExtractedText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return (node as Text).data.length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text, root);
    if (lastBlock && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    segments.push({ node: text, start: length });
    parts.push(text.data);
    length += text.data.length;
  }
  return { text: parts.join(''), segments };
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
export function rangeFor(extracted: ExtractedText, start: number, end: number): Range | null {
  const a = locate(extracted.segments, start);
  const b = locate(extracted.segments, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
