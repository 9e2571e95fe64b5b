// The fast path on a live document: the small sample of the page it reads, and its verdict (no layout, no walk).
import { fastPathCheck, type FastPathResult } from '../core/analysis/fast-path';

/** Characters of the body's text that the fast path looks at. */
export const FAST_PATH_SAMPLE_CHARS = 256 * 1024;

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content') ?? '';
}

/** Children of the body whose text is not the page's: code, styles, unrendered markup. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The body's text (`textContent`) up to about `maxChars`, child by child, without the body's own script, style,
 * noscript and template children: saved and framework pages carry megabytes of code and data there, which cost
 * time to copy and are no reader's text. Cheap: no layout, and no walk in script below the body's children.
 */
function bodyText(doc: Document, maxChars: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  if (root !== doc.body) return root.textContent ?? '';
  const parts: string[] = [];
  let length = 0;
  for (let child = root.firstChild; child && length < maxChars; child = child.nextSibling) {
    if (child.nodeType === 1 && NOT_TEXT.has((child as Element).tagName)) continue;
    const text = child.textContent ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

/**
 * The small sample the fast path reads: the title, the og:title and description, and the first `maxChars`
 * characters of the body's text ({@link bodyText}).
 */
export function fastPathSample(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): string {
  const head = [
    doc.title ?? '',
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[name="description"]'),
  ].join('\n');
  const body = bodyText(doc, maxChars);
  return `${head}\n${body.length > maxChars ? body.slice(0, maxChars) : body}`;
}

/** Runs the fast path on a document: `maybe: false` means the full analysis can be skipped. */
export function fastPathPage(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): FastPathResult {
  return fastPathCheck(fastPathSample(doc, maxChars));
}
