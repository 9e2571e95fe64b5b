// Analyses a page: language, page type, whether it is about North Korea sanctions, and the entities in it.
import { prepareAnalysisKb, type AnalysisKb, type AnalysisKbInput } from '../core/analysis/analysis-kb';
import { analyzeContent, type PageAnalysis } from '../core/analysis/analyze-content';
import { detectLanguage } from '../core/analysis/language';
import { declaredPageType, type PageType } from '../core/analysis/page-type';
import { fastPathPage, fastPathSample } from './fast-path-sample';
import { jsonLdTypes, readPageContent } from './page-content';

export { FAST_PATH_SAMPLE_CHARS, fastPathPage, fastPathSample } from './fast-path-sample';
export type { PageAnalysis, PageEntity } from '../core/analysis/analyze-content';

/** Options of {@link analyzePage}. */
export interface AnalyzeOptions {
  /** Run the fast path first and stop when it finds no trigger (default true). */
  fastPath?: boolean;
}

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
