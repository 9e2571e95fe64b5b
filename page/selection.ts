// Turns a DOM Range (a text selection) into W3C selectors: text quote, text position and XPath range.
import type { NoteTarget, RangeSelector } from '../core/notes/note';
import { quoteCopies } from './anchoring/quote-copies';

const CONTEXT_CHARS = 32;
/** Most characters a prefix or suffix grows to while looking for CONTEXT_CHARS characters that are not whitespace. */
const CONTEXT_REACH = 1_000;

/**
 * The prefix and suffix a TextQuoteSelector records around [start, end) of `text`: 32 characters each, or, where the
 * page's markup indentation fills them with whitespace, as many more as it takes to hold 32 visible characters
 * (at most 1,000), so that a quote in an indented menu still records words around it.
 */
export function quoteContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = start;
  for (let seen = 0; from > 0 && seen < CONTEXT_CHARS && start - from < CONTEXT_REACH; from--) {
    if (/\S/.test(text[from - 1]!)) seen++;
  }
  let to = end;
  for (let seen = 0; to < text.length && seen < CONTEXT_CHARS && to - end < CONTEXT_REACH; to++) {
    if (/\S/.test(text[to]!)) seen++;
  }
  return {
    prefix: text.slice(Math.min(from, Math.max(0, start - CONTEXT_CHARS)), start),
    suffix: text.slice(end, Math.max(to, Math.min(text.length, end + CONTEXT_CHARS))),
  };
}

/** A simple XPath to a node from `root`, e.g. `/main[1]/p[3]`, counting same-name element siblings. */
export function xpathFor(node: Node, root: Node): string {
  const steps: string[] = [];
  let el: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (el && el !== root) {
    const name = (el as Element).localName;
    let index = 1;
    for (let s = el.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === Node.ELEMENT_NODE && (s as Element).localName === name) index += 1;
    }
    steps.unshift(`${name}[${index}]`);
    el = el.parentNode;
  }
  return '/' + steps.join('/');
}

/**
 * The offset of the boundary point (container, offset) within the text content of `root`: the length of the text
 * nodes before it, counted with a tree walker (Range.toString would copy all that text, slow on a large page).
 */
export function textOffset(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  // The first node at or after the boundary: inside a text node the offset counts characters, else children.
  let stop: Node | null = container;
  let extra = 0;
  if (container.nodeType === Node.TEXT_NODE || container.nodeType === Node.CDATA_SECTION_NODE) extra = offset;
  else if (offset < container.childNodes.length) stop = container.childNodes[offset]!;
  else {
    // After the container's last child: the node after the container's subtree.
    while (stop && stop !== root && !stop.nextSibling) stop = stop.parentNode;
    stop = stop && stop !== root ? stop.nextSibling : null;
  }
  // Document order reaches `stop` before its descendants and before everything after it.
  const walker = doc.createTreeWalker(root, 0xffffffff);
  let length = 0;
  for (let node = walker.nextNode(); node && node !== stop; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE)
      length += (node as Text).data.length;
  }
  return length + extra;
}

function elementTextOffset(el: Node, container: Node, offset: number): number {
  return textOffset(el, container, offset);
}

function nearestElement(node: Node): Element {
  return (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as Element;
}

const PARAGRAPH = 'p, li, blockquote, td, th, dd, h1, h2, h3, h4, h5, h6, figcaption';

/** The context a note records around an element: its paragraph's text (or its own), whitespace runs as one space. */
export function paragraphText(el: Element): string {
  const paragraph = el.closest(PARAGRAPH) ?? el;
  return (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 10_000);
}

/** Describes a selection with W3C selectors relative to `root` (usually `document.body`). */
export function describeRange(range: Range, root: HTMLElement): NoteTarget | null {
  const exact = range.toString();
  if (!exact.trim()) return null;
  const full = root.textContent ?? '';
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = start + exact.length;
  const startEl = nearestElement(range.startContainer);
  const endEl = nearestElement(range.endContainer);
  const rangeSelector: RangeSelector = {
    type: 'RangeSelector',
    startContainer: xpathFor(startEl, root),
    startOffset: elementTextOffset(startEl, range.startContainer, range.startOffset),
    endContainer: xpathFor(endEl, root),
    endOffset: elementTextOffset(endEl, range.endContainer, range.endOffset),
  };
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      ...quoteContext(full, start, end),
    },
    position: { type: 'TextPositionSelector', start, end },
    range: rangeSelector,
    context: paragraphText(startEl),
    copies: quoteCopies(root, exact),
  };
}
