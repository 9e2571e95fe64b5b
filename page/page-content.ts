// Finds a page's main content with Mozilla Readability, its title, and the clues to its type and language.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { PageTypeClues } from '../core/analysis/page-type';
import { elementStats, isInvisibleElement, visibleText } from './visible-text';

/** What a page holds, as read from its DOM. */
export interface PageContent {
  /** The article's title (JSON-LD / og:title / Readability's cleaned `<title>`), or the document title. */
  title: string;
  /** The page's own summary (meta description or og:description, else Readability's excerpt), or ''. */
  description: string;
  /** The visible text of the main content ('' when Readability found none). */
  mainText: string;
  /** The visible text of the whole body. */
  pageText: string;
  /** The `lang` attribute of `<html>`, if any. */
  htmlLang: string | null;
  /** The `content-language` meta tag, if any. */
  contentLanguage: string | null;
  /** Measurements for the page-type decision. */
  typeClues: PageTypeClues;
}

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
  for (const a of root.querySelectorAll('a[href]')) {
    if (isHidden(a)) continue;
    const text = visibleText(a, 2000);
    linkLength += text.length;
    const words = text.split(/\s+/).filter(Boolean).length;
    const cjk = (text.match(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
    if (words >= 4 || cjk >= 12) teaserLinks++;
  }
  return { linkLength, teaserLinks };
}

function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isInvisibleElement(e)) return true;
  return false;
}

/**
 * Reads a page. The main content comes from Mozilla Readability (the engine of Firefox's Reader View: maintained,
 * tested on hundreds of real pages, and it already drops navigation, sidebars, comments and teasers), run on a CLONE
 * because it rewrites the document it parses. It costs about one clone plus one parse (tens of ms on a large page
 * in Node with linkedom; scripts/eval.ts prints the timings), so callers should run the fast path first.
 */
export function readPageContent(doc: Document): PageContent {
  const body = doc.body ?? doc.documentElement;
  const pageText = body ? visibleText(body) : '';
  const page = body ? linkStats(body) : { linkLength: 0, teaserLinks: 0 };
  let readerable = false;
  let mainText = '';
  let mainLinkLength = 0;
  let readabilityTitle: string | null = null;
  let excerpt: string | null = null;
  const size = body ? elementStats(body, MAX_READABILITY_ELEMENTS) : { elements: 0, depth: 0 };
  if (body && size.elements <= MAX_READABILITY_ELEMENTS && size.depth <= MAX_READABILITY_DEPTH) {
    try {
      readerable = isProbablyReaderable(doc);
      const article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (n) => n }).parse();
      if (article?.content) {
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
