// Analyses a page: language, page type, whether it is about North Korea sanctions, and the entities in it.
import { prepareAnalysisKb, type AnalysisKb, type AnalysisKbInput } from '../core/analysis/analysis-kb';
import { classify, type Verdict } from '../core/analysis/classify';
import { fastPathCheck, type FastPathResult } from '../core/analysis/fast-path';
import { emptyEvidence, entityHits, evidenceOf, matchText, subtractEvidence } from '../core/analysis/features';
import { detectLanguage } from '../core/analysis/language';
import { declaredPageType, decidePageType, type PageType } from '../core/analysis/page-type';
import type { EntityType } from '../core/kb/entity';
import { jsonLdTypes, readPageContent } from './page-content';

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

/** The outcome of {@link analyzePage}. */
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

/** Options of {@link analyzePage}. */
export interface AnalyzeOptions {
  /** Run the fast path first and stop when it finds no trigger (default true). */
  fastPath?: boolean;
}

/** Characters of the body's text that the fast path looks at. */
export const FAST_PATH_SAMPLE_CHARS = 256 * 1024;

/** Main text shorter than this is not taken as the page's main content (Readability's pick of a stray block). */
const MIN_MAIN_TEXT = 250;

const prepared = new WeakMap<AnalysisKbInput, AnalysisKb>();

/** The compiled form of `kb`, compiled once per input object. */
function compiled(kb: AnalysisKb | AnalysisKbInput): AnalysisKb {
  if ('kind' in kb && kb.kind === 'analysis-kb') return kb;
  const input = kb as AnalysisKbInput;
  let done = prepared.get(input);
  if (!done) {
    done = prepareAnalysisKb(input);
    prepared.set(input, done);
  }
  return done;
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content') ?? '';
}

/**
 * The small sample the fast path reads: the title, the og:title and description, and the first `maxChars`
 * characters of the body's `textContent` (cheap: no layout, no tree walk in script).
 */
export function fastPathSample(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): string {
  const head = [
    doc.title ?? '',
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[name="description"]'),
  ].join('\n');
  const body = (doc.body ?? doc.documentElement)?.textContent ?? '';
  return `${head}\n${body.length > maxChars ? body.slice(0, maxChars) : body}`;
}

/** Runs the fast path on a document: `maybe: false` means the full analysis can be skipped. */
export function fastPathPage(doc: Document, maxChars = FAST_PATH_SAMPLE_CHARS): FastPathResult {
  return fastPathCheck(fastPathSample(doc, maxChars));
}

/** The page type as declared by metadata alone (og:type, JSON-LD), for pages the fast path rules out. */
function declaredType(doc: Document): PageType {
  const og = metaContent(doc, 'meta[property="og:type"]').toLowerCase();
  return declaredPageType(og, jsonLdTypes(doc)) ?? 'other';
}

/**
 * Analyses a page (a live document, or one parsed by linkedom or jsdom): the fast path first, then the main content
 * by Readability on a clone, the language, the page type, entity and signal matches in the title, the main text and
 * the rest of the visible page, and the verdict of {@link classify}. `kb` is the knowledge base as entities plus a
 * pack's signals, or already compiled by `prepareAnalysisKb` (compile once when analysing many pages).
 */
export function analyzePage(
  doc: Document,
  kb: AnalysisKb | AnalysisKbInput,
  options: AnalyzeOptions = {},
): PageAnalysis {
  const akb = compiled(kb);
  if (options.fastPath !== false) {
    const quick = fastPathPage(doc);
    if (!quick.maybe) {
      const sample = fastPathSample(doc, 8000);
      return {
        language: detectLanguage({
          htmlLang: doc.documentElement?.getAttribute('lang'),
          contentLanguage: metaContent(doc, 'meta[http-equiv="content-language" i]'),
          text: sample,
        }),
        pageType: declaredType(doc),
        verdict: 'none',
        score: 0,
        reasons: ['fast path: no trigger for North Korea in the title or the first part of the text'],
        entities: [],
      };
    }
  }

  const content = readPageContent(doc);
  const hasMainContent = content.mainText.length >= MIN_MAIN_TEXT;
  const body = hasMainContent ? content.mainText : content.pageText;
  // The summary (standfirst) belongs to the article, though Readability leaves it out with the header around it.
  const summary = content.description && !body.replace(/\s+/g, ' ').includes(content.description);
  const mainText = summary ? `${content.description}\n${body}` : body;
  const language = detectLanguage({
    htmlLang: content.htmlLang,
    contentLanguage: content.contentLanguage,
    text: `${content.title}\n${mainText}`,
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
