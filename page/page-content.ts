// Reads a page for its analysis: the main content (found in the page's model), the title, type and language clues.
import type { PageContent } from '../core/analysis/analyze-content';
import { findMainContent, type MainContent } from '../core/analysis/main-content';
import type { PageModel } from '../core/analysis/page-model';
import { SLICE_MS, yieldToPage } from './chunked';
import type { ExtractedText } from './extract-text';
import { PageReader } from './page-reader';

export type { PageContent } from '../core/analysis/analyze-content';

function meta(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** Every schema.org `@type` in the page's JSON-LD blocks (in `@graph`s and nested objects too). */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const t = o['@type'];
    for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') types.push(x.replace(/^.*[/#:]/, ''));
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
    if (o.itemListElement && depth < 2) visit(o.itemListElement, depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // Malformed JSON-LD is common; it just tells nothing.
    }
  }
  return types;
}

/** The article title declared by the page's metadata, if any. */
function declaredTitle(doc: Document): string | null {
  return meta(doc, 'meta[property="og:title"]') ?? meta(doc, 'meta[name="twitter:title"]');
}

/** What {@link readPageContentSliced} gives: the content, and the text for highlighting when it was asked for. */
export interface PageReading {
  content: PageContent;
  /** The text for highlighting read in the same walk (null unless asked for), to send along with the content. */
  highlightText: string | null;
  /**
   * The body's text and text-node map for highlighting (extract-text.ts's rules), read in the same walk, provided
   * the body has not changed since the walk began (else null: it must be read again); call it once, it stops the
   * watch on the body.
   */
  takeExtracted(): ExtractedText | null;
}

/** Watches `root` for any change to its nodes or text; `changed()` says whether one happened and stops watching. */
function watchChanges(root: Node): () => boolean {
  const view = (root.ownerDocument ?? (root as Document)).defaultView as (Window & typeof globalThis) | null;
  if (!view?.MutationObserver) return () => true;
  let changed = false;
  const observer = new view.MutationObserver(() => {
    changed = true;
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return () => {
    if (observer.takeRecords().length > 0) changed = true;
    observer.disconnect();
    return changed;
  };
}

/**
 * Reads a page in one walk of its body ({@link PageReader}: no clone, no second pass): the visible text, the link
 * statistics, the model in which core/analysis/main-content.ts finds the main content as Readability would, and the
 * metadata (title, description, og:type, JSON-LD types, language). Callers should run the fast path first.
 */
export function readPageContent(doc: Document): PageContent {
  const body = doc.body ?? doc.documentElement;
  const reader = body ? new PageReader(body) : null;
  reader?.run();
  const model = reader?.model();
  return contentOf(doc, model, model ? findMainContent(model) : null);
}

/**
 * {@link readPageContent} in slices of `sliceMs`, yielding to the page between them, so that no task runs long; with
 * `highlightText` the same walk also reads the text for highlighting. Null when `signal` aborts.
 */
export async function readPageContentSliced(
  doc: Document,
  signal: AbortSignal,
  options: { highlightText?: boolean; sliceMs?: number } = {},
): Promise<PageReading | null> {
  const body = doc.body ?? doc.documentElement;
  const highlight = options.highlightText === true && !!body;
  const reader = body ? new PageReader(body, { highlight }) : null;
  const changed = highlight ? watchChanges(body) : () => true;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let taskStart = performance.now();
  // Yields when the task has run a slice already: each step after the walk is short, so a short page's steps share
  // a task, and a long page's run in tasks of their own.
  const pause = async () => {
    if (performance.now() - taskStart < sliceMs) return;
    await yieldToPage();
    taskStart = performance.now();
  };
  if (reader) {
    for (;;) {
      const until = taskStart + sliceMs;
      if (reader.run(() => performance.now() >= until)) break;
      await yieldToPage();
      taskStart = performance.now();
      if (signal.aborted) {
        changed();
        return null;
      }
    }
  }
  // Then the main content is found (in a task of its own: a long page's takes a while), the rest read (metadata, the
  // page text), and the text for highlighting joined.
  await yieldToPage();
  taskStart = performance.now();
  const model = reader?.model();
  const main = model ? findMainContent(model) : null;
  await pause();
  if (signal.aborted) {
    changed();
    return null;
  }
  const content = contentOf(doc, model, main);
  if (highlight) await pause();
  if (signal.aborted) {
    changed();
    return null;
  }
  const extracted = reader && highlight ? reader.extracted() : null;
  return {
    content,
    highlightText: extracted?.text ?? null,
    takeExtracted: () => (!changed() && extracted ? extracted : null),
  };
}

/** Readability's cleaning of a `<title>`: the part before a " | Site name" (or after, when that is too short). */
export function cleanTitle(title: string): string {
  const orig = title.replace(/\s+/g, ' ').trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const separators = /\s[|\-–—\\/>»]\s/;
  if (!separators.test(orig)) return orig;
  let cur = orig.replace(/(.*)\s[|\-–—\\/>»]\s.*/, '$1');
  if (words(cur) < 3) cur = orig.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]\s(.*)/, '$1');
  cur = cur.trim();
  // Readability keeps the whole title when what is left is 4 words or fewer.
  return words(cur) <= 4 ? orig : cur;
}

const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Han, Hangul and kana characters in the blocks in the ranges `lines` (flat pairs: first, end exclusive). */
function denseChars(blocks: readonly { text: string }[], lines: readonly number[]): number {
  let n = 0;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    for (let b = lines[i]!; b < lines[i + 1]! && b < blocks.length; b++) n += blocks[b]!.text.match(DENSE)?.length ?? 0;
  }
  return n;
}

function contentOf(doc: Document, model: PageModel | undefined, found: MainContent | null): PageContent {
  const blocks = model?.blocks ?? [];
  const pageText = blocks.map((b) => b.text).join('\n');
  const main = found ?? { text: '', length: 0, lines: [], linkLength: 0, readerable: false };
  const title = (declaredTitle(doc) ?? cleanTitle(doc.title ?? '')).replace(/\s+/g, ' ').trim();
  const description = meta(doc, 'meta[name="description"]') ?? meta(doc, 'meta[property="og:description"]') ?? '';
  return {
    title,
    description: description.replace(/\s+/g, ' ').trim(),
    // The main text travels as lines of the page text: the message carries the text once.
    mainText: '',
    mainLines: main.lines,
    pageText,
    htmlLang: doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? null,
    contentLanguage: meta(doc, 'meta[http-equiv="content-language" i]'),
    typeClues: {
      ogType: (meta(doc, 'meta[property="og:type"]') ?? '').toLowerCase(),
      jsonLdTypes: jsonLdTypes(doc),
      readerable: main.readerable,
      mainLength: main.length,
      // Counted block by block: the main text itself is never joined (the newlines between blocks are not dense).
      mainDenseChars: denseChars(blocks, main.lines),
      pageLength: pageText.length,
      linkLength: model?.linkLength ?? 0,
      teaserLinks: model?.teaserLinks ?? 0,
      mainLinkLength: main.linkLength,
    },
  };
}
