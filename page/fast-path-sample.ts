// The fast path on a live document: the sample of the page it reads, and its verdict (no walk in script).
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
  /** The text is what the reader sees (`innerText`: blocks on lines of their own), not every text of the body. */
  seen?: boolean;
}

/**
 * Visible text shorter than this is not taken as the page's text: a page hidden until its scripts reveal it
 * (an anti-flicker `visibility: hidden`) shows nothing yet, so the text of its DOM is read instead.
 */
export const MIN_SEEN_CHARS = 200;

/**
 * The small sample the fast path reads: the title, the og:title and description, and the first `maxChars`
 * characters of the body's text ({@link bodyText}).
 */
export function fastPathSample(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): string {
  return readFastPathSample(doc, maxChars).text;
}

/**
 * Past this many elements, `innerText` is not used: it lays out and reads the whole page in one task, whatever
 * `maxChars` is (in Chromium, on the benchmark's synthetic article of 28,798 elements and 1.4 M characters, 30-55 ms;
 * on the largest real page of the corpus, 9,887 elements, 3.4 ms), and the sample is read by {@link boundedText}.
 */
export const MAX_INNER_TEXT_ELEMENTS = 20_000;

/**
 * Characters that the fast path reads of a page past {@link MAX_INNER_TEXT_ELEMENTS} (with the title and description):
 * the walk runs in a fresh script, before the JIT has compiled it, and took 29-50 ms of thread time for the 256 K
 * characters of the 50,000-node article under load; a trigger of such a page is in its first part all but always.
 */
export const LARGE_PAGE_SAMPLE_CHARS = 64 * 1024;

/**
 * The text of `root`'s nodes in document order, without that of scripts, styles, noscript and template elements,
 * blocks on lines of their own, until `maxChars` characters are read: a walk in script, slower per node than
 * `innerText` (no layout, but hidden text too) but bounded by `maxChars` rather than by the page's size.
 * `complete` when the walk read all of it.
 */
export function boundedText(root: Node, maxChars: number): { text: string; complete: boolean } {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && length < maxChars) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      parts.push(data);
      length += data.length;
    } else if (node.nodeType === 1 && node.firstChild && !NOT_TEXT.has((node as Element).tagName.toUpperCase())) {
      if (BLOCKS.has((node as Element).tagName.toUpperCase())) parts.push('\n');
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), complete: node === null };
}

/**
 * {@link fastPathSample} with whether it is complete: the body's text (less its script, style, noscript and template
 * children) came to no more than `maxChars`, so the sample holds all of the page's visible text and more.
 *
 * With `rendered` (a page laid out by the browser: the bootstrap content script), the body's text is what the reader
 * sees, `innerText`, which the browser computes from its layout two to three times faster than `textContent` of the
 * body's children (that copies every inline script and SVG below them); a page showing less than
 * {@link MIN_SEEN_CHARS} characters is read as without it. Text hidden by styles is then not looked at: a page
 * that names North Korea only there has nothing to highlight. A page of more than {@link MAX_INNER_TEXT_ELEMENTS}
 * elements is read by {@link boundedText} instead, up to {@link LARGE_PAGE_SAMPLE_CHARS}, and its sample is never
 * complete: what it is about is left to the full script, which reads it in slices.
 */
export function readFastPathSample(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS, rendered = false): FastPathSample {
  const head = headText(doc);
  const body = doc.body;
  // Whether the page has that many elements, by a walk that stops there (the collection's item(), unlike its length).
  if (rendered && body && doc.getElementsByTagName('*').item(MAX_INNER_TEXT_ELEMENTS)) {
    const most = Math.min(maxChars, LARGE_PAGE_SAMPLE_CHARS);
    const text = boundedText(body, most).text;
    return { text: `${head}\n${text.length > most ? text.slice(0, most) : text}`, complete: false };
  }
  const shown = rendered ? body?.innerText : undefined;
  if (typeof shown === 'string' && shown.length >= MIN_SEEN_CHARS) {
    const complete = shown.length <= maxChars;
    return { text: `${head}\n${complete ? shown : shown.slice(0, maxChars)}`, complete, seen: true };
  }
  const read = bodyText(doc, maxChars);
  const text = read.text.length > maxChars ? read.text.slice(0, maxChars) : read.text;
  return { text: `${head}\n${text}`, complete: read.complete };
}

/** Runs the fast path on a document: `maybe: false` means the full analysis can be skipped. */
export function fastPathPage(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): FastPathResult {
  return fastPathCheck(fastPathSample(doc, maxChars));
}

/** The longest text {@link probeText} gives (the page's text twice, at most: see there). */
export const MAX_PROBE_CHARS = 2 * FAST_PATH_SAMPLE_CHARS + 64 * 1024;

/**
 * The text that the background's second stage reads when the fast path found a trigger: the sample itself when it is
 * what the reader sees; else the text with blocks on lines of their own (`innerText` where the DOM has it, computed by
 * the browser from the layout in about a millisecond where a walk of the DOM in script takes tens; else
 * {@link blockText}), followed by the sample (every text of the body, hidden ones too, but with `textContent` running
 * the last word of a block into the first of the next: "sanctionsSeoul"), so that a name the page reader could find
 * is in one of the two. Undefined when the sample was cut short (then the page is not whole here, and the background
 * cannot rule it out) or the text would be too long to send.
 */
export function probeText(doc: Document, sample: FastPathSample): string | undefined {
  if (!sample.complete) return undefined;
  if (sample.seen) return sample.text;
  const body = doc.body;
  if (!body) return sample.text;
  const seen = typeof body.innerText === 'string' ? body.innerText : blockText(body);
  const text = `${seen}\n${sample.text}`;
  return text.length <= MAX_PROBE_CHARS ? text : undefined;
}

/**
 * The text of `root` with blocks on lines of their own and a space around links, times and images, without the text
 * of scripts, styles and form controls, as the page reader separates it: {@link probeText}'s stand-in for
 * `innerText` in DOMs without it (jsdom). Not the page reader's `visibleText`, whose element clues would add about
 * 1 KB to the bootstrap that every page loads, for a DOM no browser has.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) parts.push((node as CharacterData).data);
      else if (node.nodeType === 1) {
        const tag = (node as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const gap = BLOCKS.has(tag) ? '\n' : SPACED.has(tag) ? ' ' : '';
        parts.push(gap);
        walk(node);
        parts.push(gap);
      }
    }
  };
  walk(root);
  return parts.join('');
}
