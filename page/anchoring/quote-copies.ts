// The page text re-anchoring searches (script and style text left out), and how many copies of a quote it holds.
import { countCopies, squeeze } from '../../core/anchoring/squeezed-text';

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when text node `node` under `root` is inside script, style, noscript or template (memoized in `cache`). */
export function isInvisibleText(node: Node, root: Node, cache: Map<Node, boolean>): boolean {
  const parent = node.parentNode;
  if (!parent || parent === root) return false;
  const known = cache.get(parent);
  if (known !== undefined) return known;
  const name = (parent as Element).tagName;
  const result = (name !== undefined && INVISIBLE.has(name.toUpperCase())) || isInvisibleText(parent, root, cache);
  cache.set(parent, result);
  return result;
}

/**
 * How many times `exact` (whitespace aside) stands in the visible text of `root`, as re-anchoring counts copies:
 * recorded with a note (NoteTarget.copies) so that a later visit can tell a moved quote from a deleted one.
 */
export function quoteCopies(root: HTMLElement, exact: string): number {
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 | 0x8);
  const cache = new Map<Node, boolean>();
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isInvisibleText(node, root, cache)) parts.push((node as Text).data);
  }
  return countCopies(squeeze(parts.join('')), squeeze(exact));
}
