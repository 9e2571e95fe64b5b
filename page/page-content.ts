// Finds a page's main content with Mozilla Readability, its title, and the clues to its type and language.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { PageContent } from '../core/analysis/analyze-content';
import { yieldToPage } from './chunked';
import { elementStats, isInvisibleElement, visibleText } from './visible-text';

export type { PageContent } from '../core/analysis/analyze-content';

/**
 * Elements and nesting depth Readability is given at most; beyond them the page is analysed as a whole, since
 * Readability's cost grows faster than linearly with depth (browsers' parsers never nest deeper than 512 anyway).
 */
const MAX_READABILITY_ELEMENTS = 60_000;
const MAX_READABILITY_DEPTH = 512;

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

/** Characters of visible link text under `root`, and the links that read like headlines (4+ words, or 12+ CJK). */
export function linkStats(root: ParentNode): { linkLength: number; teaserLinks: number } {
  let linkLength = 0;
  let teaserLinks = 0;
  // One walk that skips hidden subtrees (rather than looking up every link's ancestors): a link counts when neither
  // it nor anything above it is hidden.
  if (isHidden(root as Node)) return { linkLength, teaserLinks };
  const stack: Node[] = [];
  for (let c = (root as Node).lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isInvisibleElement(el)) continue;
    if (el.tagName.toUpperCase() === 'A' && el.hasAttribute('href')) {
      const text = visibleText(el, 2000);
      linkLength += text.length;
      const words = text.split(/\s+/).filter(Boolean).length;
      const cjk = (text.match(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? [])
        .length;
      if (words >= 4 || cjk >= 12) teaserLinks++;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) if (c.nodeType === 1) stack.push(c);
  }
  return { linkLength, teaserLinks };
}

function isHidden(node: Node): boolean {
  for (let e = node.nodeType === 1 ? (node as Element) : node.parentElement; e; e = e.parentElement)
    if (isInvisibleElement(e)) return true;
  return false;
}

/**
 * Reads a page. The main content comes from Mozilla Readability (the engine of Firefox's Reader View: maintained,
 * tested on hundreds of real pages, and it already drops navigation, sidebars, comments and teasers), run on a CLONE
 * because it rewrites the document it parses. It costs about one clone plus one parse (tens of ms on a large page
 * in Node with linkedom; scripts/eval.ts prints the timings), so callers should run the fast path first.
 */
export function readPageContent(doc: Document): PageContent {
  const steps = readPageContentSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link readPageContent} with a yield to the page between its steps (visible text, links, sizes, the clone,
 * Readability, the main text), so that none of them adds to another's long task. Null when `signal` aborts.
 */
export async function readPageContentSliced(doc: Document, signal: AbortSignal): Promise<PageContent | null> {
  const steps = readPageContentSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
    if (signal.aborted) return null;
  }
}

/** The steps of {@link readPageContent}: a generator that pauses between the costly ones. */
function* readPageContentSteps(doc: Document): Generator<void, PageContent> {
  const body = doc.body ?? doc.documentElement;
  const pageText = body ? visibleText(body) : '';
  yield;
  const page = body ? linkStats(body) : { linkLength: 0, teaserLinks: 0 };
  yield;
  let readerable = false;
  let mainText = '';
  let mainLinkLength = 0;
  let readabilityTitle: string | null = null;
  let excerpt: string | null = null;
  const size = body ? elementStats(body, MAX_READABILITY_ELEMENTS) : { elements: 0, depth: 0 };
  if (body && size.elements <= MAX_READABILITY_ELEMENTS && size.depth <= MAX_READABILITY_DEPTH) {
    let readable = true;
    try {
      readerable = isProbablyReaderable(doc);
    } catch {
      readable = false; // as below: the page is analysed as a whole
    }
    yield;
    const clone = readable ? (doc.cloneNode(true) as Document) : null;
    yield;
    if (clone) {
      try {
        const article = new Readability<Node>(clone, { serializer: (n) => n }).parse();
        if (article?.content) {
          yield;
          mainText = visibleText(article.content);
          mainLinkLength = linkStats(article.content as Element).linkLength;
        }
        readabilityTitle = article?.title?.trim() || null;
        excerpt = article?.excerpt?.trim() || null;
      } catch {
        // A document Readability cannot handle is analysed as a whole.
        mainText = '';
      }
    }
  }
  const title = (declaredTitle(doc) ?? readabilityTitle ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
  const description =
    meta(doc, 'meta[name="description"]') ?? meta(doc, 'meta[property="og:description"]') ?? excerpt ?? '';
  return {
    title,
    description: description.replace(/\s+/g, ' ').trim(),
    mainText,
    pageText,
    htmlLang: doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? null,
    contentLanguage: meta(doc, 'meta[http-equiv="content-language" i]'),
    typeClues: {
      ogType: (meta(doc, 'meta[property="og:type"]') ?? '').toLowerCase(),
      jsonLdTypes: jsonLdTypes(doc),
      readerable,
      mainLength: mainText.length,
      mainDenseChars: (
        mainText.match(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []
      ).length,
      pageLength: pageText.length,
      linkLength: page.linkLength,
      teaserLinks: page.teaserLinks,
      mainLinkLength,
    },
  };
}
