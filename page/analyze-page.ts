// Analyses a page: language, page type, whether it is about North Korea sanctions, and the entities in it.
import { prepareAnalysisKb, type AnalysisKb, type AnalysisKbInput } from '../core/analysis/analysis-kb';
import { analyzeContent, type PageAnalysis } from '../core/analysis/analyze-content';
import { fastPathCheck, type FastPathResult } from '../core/analysis/fast-path';
import { detectLanguage } from '../core/analysis/language';
import { declaredPageType, type PageType } from '../core/analysis/page-type';
import { jsonLdTypes, readPageContent } from './page-content';

export type { PageAnalysis, PageEntity } from '../core/analysis/analyze-content';

/** Options of {@link analyzePage}. */
export interface AnalyzeOptions {
  /** Run the fast path first and stop when it finds no trigger (default true). */
  fastPath?: boolean;
}

/** Characters of the body's text that the fast path looks at. */
export const FAST_PATH_SAMPLE_CHARS = 256 * 1024;

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

  return analyzeContent(readPageContent(doc), akb);
}
