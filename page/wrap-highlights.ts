// Fallback for browsers without the CSS Custom Highlight API: wraps mentions in inline elements, and unwraps them.

/** The element name used for wrapped mentions (an unknown inline element: no page style targets it). */
export const MARK_TAG = 'sanctions-lens-mark';

/** Elements whose text is never wrapped: form fields, editable areas, code, and the page's own widgets. */
const NEVER_INSIDE =
  'input, textarea, select, option, code, pre, kbd, samp, script, style, svg, button, summary, label, ' +
  '[contenteditable]:not([contenteditable="false"]), [role="button"], [role="tab"], [role="menuitem"], ' +
  '[role="option"], [role="switch"], [role="checkbox"], [role="slider"], [role="textbox"], [data-sanctions-lens-ui]';

/** Whether a text node may be wrapped. */
export function wrappable(node: Text): boolean {
  const parent = node.parentElement;
  return !!parent && !parent.closest(NEVER_INSIDE);
}

/** Inline style of a wrapped mention: background only, so the layout does not move. */
function markStyle(color: string): string {
  return `all: unset; display: inline; background-color: ${color}; border-radius: 2px;`;
}

/**
 * Wraps the text of each range in `<sanctions-lens-mark>` elements (one per text node it covers).
 * Returns how many ranges were wrapped, and a function that removes the marks and restores the text nodes.
 */
export function wrapRanges(
  ranges: { range: Range; type: string }[],
  colorOf: (type: string) => string,
): { count: number; unwrap: () => void } {
  const marks: HTMLElement[] = [];
  let count = 0;
  // Last to first, so that splitting text nodes does not move ranges not yet handled.
  const ordered = [...ranges].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
  for (const { range, type } of ordered) {
    const doc = range.startContainer.ownerDocument;
    if (!doc || range.collapsed) continue;
    const texts: { node: Text; start: number; end: number }[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    let node: Node | null =
      range.commonAncestorContainer.nodeType === Node.TEXT_NODE ? range.commonAncestorContainer : walker.nextNode();
    for (; node; node = walker.nextNode()) {
      if (!range.intersectsNode(node)) continue;
      const text = node as Text;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : text.data.length;
      if (end > start) texts.push({ node: text, start, end });
      if (node === range.commonAncestorContainer) break;
    }
    if (!texts.every((t) => wrappable(t.node))) continue;
    count += 1;
    for (const { node: text, start, end } of texts.reverse()) {
      const middle = text.splitText(start);
      middle.splitText(end - start);
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-type', type);
      mark.setAttribute('style', markStyle(colorOf(type)));
      middle.replaceWith(mark);
      mark.append(middle);
      marks.push(mark);
    }
  }
  const unwrap = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      const text = mark.firstChild;
      mark.replaceWith(...mark.childNodes);
      // Merge the split pieces back into one text node, touching nothing else in the parent.
      if (text && text.nodeType === Node.TEXT_NODE) {
        const t = text as Text;
        const prev = t.previousSibling;
        if (prev && prev.nodeType === Node.TEXT_NODE) {
          (prev as Text).appendData(t.data);
          t.remove();
          const next = prev.nextSibling;
          if (next && next.nodeType === Node.TEXT_NODE) {
            (prev as Text).appendData((next as Text).data);
            next.remove();
          }
        } else {
          const next = t.nextSibling;
          if (next && next.nodeType === Node.TEXT_NODE) {
            t.appendData((next as Text).data);
            next.remove();
          }
        }
      }
    }
  };
  return { count, unwrap };
}
