// Turns a DOM Range (a text selection) into W3C selectors: text quote, text position and XPath range.
import type { NoteTarget, RangeSelector } from '../core/notes/note';

const CONTEXT_CHARS = 32;

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

/** The offset of (container, offset) within the text content of `root`. */
export function textOffset(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(root, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

function elementTextOffset(el: Node, container: Node, offset: number): number {
  return textOffset(el, container, offset);
}

function nearestElement(node: Node): Element {
  return (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as Element;
}

const PARAGRAPH = 'p, li, blockquote, td, th, dd, h1, h2, h3, h4, h5, h6, figcaption';

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
  const paragraph = startEl.closest(PARAGRAPH) ?? startEl;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: full.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: full.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
    range: rangeSelector,
    context: (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 10_000),
  };
}
