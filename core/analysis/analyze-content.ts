// Decides what a page is about from its content as read from the DOM: language, page type, verdict, entities.
import type { Verdict } from './classify';
import { classify } from './classify';
import { emptyEvidence, entityHits, evidenceOf, matchText, subtractEvidence } from './features';
import { detectLanguage, LANGUAGE_SAMPLE } from './language';
import { decidePageType, type PageType, type PageTypeClues } from './page-type';
import type { AnalysisKb } from './analysis-kb';
import type { EntityType } from '../kb/entity';

/** What a page holds, as read from its DOM (page/page-content.ts reads it). */
export interface PageContent {
  /** The article's title (JSON-LD / og:title / Readability's cleaned `<title>`), or the document title. */
  title: string;
  /** The page's own summary (meta description or og:description, else Readability's excerpt), or ''. */
  description: string;
  /** The visible text of the main content ('' when none was found, or when `mainLines` gives it). */
  mainText: string;
  /**
   * The main content as lines of `pageText` instead of `mainText` (flat pairs: first line, end line exclusive), so
   * that a page's message carries its text once.
   */
  mainLines?: number[];
  /** The visible text of the whole body. */
  pageText: string;
  /** The `lang` attribute of `<html>`, if any. */
  htmlLang: string | null;
  /** The `content-language` meta tag, if any. */
  contentLanguage: string | null;
  /** Measurements for the page-type decision. */
  typeClues: PageTypeClues;
}

/** An entity found on the page. */
export interface PageEntity {
  id: string;
  /** The entity's canonical (English) name. */
  name: string;
  type: EntityType;
  count: number;
  /** The distinct names as written on the page. */
  matches: string[];
}

/** The outcome of a page's analysis. */
export interface PageAnalysis {
  /** Primary BCP-47 subtag, e.g. `en`, `id`, `ko`, or `und`. */
  language: string;
  /** When the fast path ruled the page out, as declared by its metadata only (else `other`). */
  pageType: PageType;
  verdict: Verdict;
  /** 0..1: how strongly the main text is about North Korea sanctions. */
  score: number;
  reasons: string[];
  /**
   * For an "about" page, the entities of its title, summary and main text; otherwise those of the whole visible
   * page; none when the fast path ruled the page out.
   */
  entities: PageEntity[];
}

/** `Array.prototype.slice`'s reading of an index into a list of `length` items. */
function sliceIndex(i: number | undefined, length: number, whenMissing: number): number {
  if (i === undefined) return whenMissing;
  const t = Math.trunc(i) || 0;
  return t < 0 ? Math.max(length + t, 0) : Math.min(t, length);
}

/**
 * The lines of `text` in the ranges `pairs` (flat pairs: first, end exclusive, read as `Array.prototype.slice`
 * reads them), joined by newlines. Each range is cut out of `text` in one piece: the text is not split into lines.
 */
export function linesOf(text: string, pairs: readonly number[]): string {
  if (pairs.length === 0) return '';
  // Where each line starts; a line ends one character before the next one starts (its newline), the last at the end.
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const count = starts.length;
  const pieces: string[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const first = sliceIndex(pairs[i], count, 0);
    const end = sliceIndex(pairs[i + 1], count, count);
    if (end <= first) continue;
    pieces.push(text.slice(starts[first], end < count ? starts[end]! - 1 : text.length));
  }
  return pieces.join('\n');
}

/** Characters with a meaning in a regular expression (escaped to search for a text as it is). */
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** A part with no white space at its ends and no white space but single spaces inside. */
const PLAIN_SPACED = /^\S(?: ?\S)*$/;

/**
 * Whether `text` with its white-space runs collapsed to single spaces includes `part`. A plainly spaced part found in
 * the text as it is is found in the collapsed text too, so the whole text is collapsed only when it is not.
 */
export function includesCollapsed(text: string, part: string): boolean {
  if (!PLAIN_SPACED.test(part)) return text.replace(/\s+/g, ' ').includes(part);
  if (text.includes(part)) return true;
  // A plainly spaced part stands in the collapsed text where it stands in the text with any white-space run for
  // each of its spaces (its ends are not white space): searched so, the long text is never collapsed.
  return new RegExp(part.replace(REGEXP_SPECIAL, '\\$&').replace(/ /g, '\\s+')).test(text);
}

/** Main text shorter than this is not taken as the page's main content (Readability's pick of a stray block). */
const MIN_MAIN_TEXT = 250;

/**
 * Analyses a page's content with a compiled knowledge base: entity and signal matches in the title, the main text and
 * the rest of the visible page, the language, the page type, and the verdict of {@link classify}. Pure: the content
 * script reads the content, and the background (which holds the knowledge base) analyses it.
 */
export function analyzeContent(content: PageContent, akb: AnalysisKb): PageAnalysis {
  const mainContent = content.mainLines ? linesOf(content.pageText, content.mainLines) : content.mainText;
  const hasMainContent = mainContent.length >= MIN_MAIN_TEXT;
  const body = hasMainContent ? mainContent : content.pageText;
  // The summary (standfirst) belongs to the article, though Readability leaves it out with the header around it.
  const summary = content.description && !includesCollapsed(body, content.description);
  const mainText = summary ? `${content.description}\n${body}` : body;
  const language = detectLanguage({
    htmlLang: content.htmlLang,
    contentLanguage: content.contentLanguage,
    // Only the first few thousand characters are read: the main text is not copied whole into the sample.
    text: `${content.title}\n${mainText.slice(0, LANGUAGE_SAMPLE)}`,
  });
  const { pageType, reason: typeReason } = decidePageType(content.typeClues);

  const titleM = matchText(akb, content.title);
  const mainM = matchText(akb, mainText);
  const title = evidenceOf(akb, titleM);
  const main = evidenceOf(akb, mainM);
  let rest = emptyEvidence();
  let pageM = mainM;
  if (hasMainContent) {
    pageM = matchText(akb, content.pageText);
    // The rest is the page less the main text as it appears on the page, i.e. without the summary from <head>.
    const onPage = summary ? subtractEvidence(main, evidenceOf(akb, matchText(akb, content.description))) : main;
    rest = subtractEvidence(evidenceOf(akb, pageM), onPage);
  }
  const result = classify({ pageType, language, title, main, rest, hasMainContent });

  const bodyHits = entityHits([result.verdict === 'about' ? mainM : pageM]);
  const seen = new Set(bodyHits.map((h) => h.id));
  const hits = [...bodyHits, ...entityHits([titleM]).filter((h) => !seen.has(h.id))];
  const entities: PageEntity[] = [];
  for (const h of hits) {
    const info = akb.entities.get(h.id);
    if (info) entities.push({ id: h.id, name: info.name, type: info.type, count: h.count, matches: h.matches });
  }
  return {
    language,
    pageType,
    verdict: result.verdict,
    score: result.score,
    reasons: [...result.reasons, `page type: ${typeReason}`],
    entities,
  };
}
