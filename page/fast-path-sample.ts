// The fast path on a live document: the small sample of the page it reads, and its verdict (no layout, no walk).
import { fastPathCheck, type FastPathResult } from '../core/analysis/fast-path';
import { BLOCKS, SKIPPED, SPACED } from './visible-text';

/** Characters of the body's text that the fast path looks at. */
export const FAST_PATH_SAMPLE_CHARS = 256 * 1024;

function headText(doc: Document): string {
  return [
    doc.title ?? '',
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[name="description"]'),
  ].join('\n');
}

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
function bodyText(doc: Document, maxChars: number): { text: string; complete: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', complete: true };
  if (root !== doc.body) {
    const text = root.textContent ?? '';
    return { text, complete: text.length <= maxChars };
  }
  const parts: string[] = [];
  let length = 0;
  let child = root.firstChild;
  for (; child && length < maxChars; child = child.nextSibling) {
    if (child.nodeType === 1 && NOT_TEXT.has((child as Element).tagName)) continue;
    const text = child.textContent ?? '';
    parts.push(text);
    length += text.length;
  }
  return { text: parts.join(''), complete: !child && length <= maxChars };
}

/** The fast path's sample of a page, and whether it holds the body's whole text (it was not cut short). */
export interface FastPathSample {
  text: string;
  complete: boolean;
}

/**
 * The small sample the fast path reads: the title, the og:title and description, and the first `maxChars`
 * characters of the body's text ({@link bodyText}).
 */
export function fastPathSample(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): string {
  return readFastPathSample(doc, maxChars).text;
}

/**
 * {@link fastPathSample} with whether it is complete: the body's text (less its script, style, noscript and template
 * children) came to no more than `maxChars`, so the sample holds all of the page's visible text and more.
 */
export function readFastPathSample(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): FastPathSample {
  const head = headText(doc);
  const body = bodyText(doc, maxChars);
  const text = body.text.length > maxChars ? body.text.slice(0, maxChars) : body.text;
  return { text: `${head}\n${text}`, complete: body.complete };
}

/** Runs the fast path on a document: `maybe: false` means the full analysis can be skipped. */
export function fastPathPage(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): FastPathResult {
  return fastPathCheck(fastPathSample(doc, maxChars));
}

/**
 * The text that the background's second stage reads when the fast path found a trigger: the head's texts and the
 * body's text separated as the page reader separates it (a newline around blocks, a space around links, times and
 * images; no text of scripts, styles or form controls), but with hidden text too, so that every name the page reader
 * could find is in it. Unlike the fast path's sample, where `textContent` runs the last word of a block into the
 * first of the next ("sanctionsSeoul"), no name is lost at a block's edge. Cut at about `maxChars` characters
 * (`complete` says whether it was). A walk of the body: only pages with a trigger pay for it.
 */
export function readProbeText(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): FastPathSample {
  const parts: string[] = [headText(doc), '\n'];
  let length = 0;
  let complete = true;
  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (length > maxChars) {
        complete = false;
        return;
      }
      if (node.nodeType === 3 || node.nodeType === 4) {
        const data = (node as CharacterData).data;
        parts.push(data);
        length += data.length;
      } else if (node.nodeType === 1) {
        const tag = (node as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const gap = BLOCKS.has(tag) ? '\n' : SPACED.has(tag) ? ' ' : '';
        if (gap) parts.push(gap);
        walk(node);
        if (gap) parts.push(gap);
      }
    }
  };
  const root = doc.body ?? doc.documentElement;
  if (root) walk(root);
  const text = parts.join('');
  return { text: complete ? text : text.slice(0, maxChars + 4096), complete };
}
