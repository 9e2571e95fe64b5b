// Messages by which a content script has its page analysed and its text matched by the background (which holds the
// compiled knowledge base once, so that no page compiles or decodes it): types and validators.
import type { PageContent } from '../core/analysis/analyze-content';
import type { EntityType } from '../core/kb/entity';
import { arr, bool, InvalidMessageError, int, obj, oneOf, str } from './validate';

/** Longest text a content script may send (a page of 50,000 text nodes has a few million characters). */
export const MAX_PAGE_TEXT = 16_000_000;
/** Most numbers in a page's `mainLines` (pairs of line numbers of its main text). */
export const MAX_MAIN_LINES = 2_000_000;
/** Most texts in one match request (one per changed part of the page). */
export const MAX_MATCH_TEXTS = 500;

/** The entity names found in each text of a match request. */
export interface PageMatches {
  /** The entities found, each once. */
  entities: { id: string; type: EntityType }[];
  /**
   * Per text, the matches as flat triples (start, end: UTF-16 offsets, end exclusive; index into `entities`) in the
   * compact string form of messaging/match-spans.ts.
   */
  spans: string[];
}

/**
 * The page's text for highlighting, sent with its content for analysis: the background matches it in the same reply
 * when the verdict calls for highlights under `mode` (one round trip instead of two).
 */
export interface HighlightAsk {
  text: string;
  mode: 'about' | 'entities';
}

/** Checks the highlighting part of an analysis request. */
export function parseHighlightAsk(v: unknown, path: string): HighlightAsk {
  const o = obj(v, path);
  return {
    text: str(o.text, `${path}.text`, MAX_PAGE_TEXT),
    mode: oneOf(o.mode, `${path}.mode`, ['about', 'entities'] as const),
  };
}

/** Checks a page's content as sent for analysis. */
export function parsePageContent(v: unknown, path: string): PageContent {
  const o = obj(v, path);
  const c = obj(o.typeClues, `${path}.typeClues`);
  const n = (k: string) => int(c[k], `${path}.typeClues.${k}`);
  const optional = (x: unknown, p: string) => (x === null ? null : str(x, p, 100));
  return {
    title: str(o.title, `${path}.title`, 5000),
    description: str(o.description, `${path}.description`, 20_000),
    mainText: str(o.mainText, `${path}.mainText`, MAX_PAGE_TEXT),
    pageText: str(o.pageText, `${path}.pageText`, MAX_PAGE_TEXT),
    ...(o.mainLines === undefined
      ? {}
      : { mainLines: arr(o.mainLines, `${path}.mainLines`, MAX_MAIN_LINES, (x, p) => int(x, p)) }),
    htmlLang: optional(o.htmlLang, `${path}.htmlLang`),
    contentLanguage: optional(o.contentLanguage, `${path}.contentLanguage`),
    typeClues: {
      ogType: str(c.ogType, `${path}.typeClues.ogType`, 200),
      jsonLdTypes: arr(c.jsonLdTypes, `${path}.typeClues.jsonLdTypes`, 200, (t, p) => str(t, p, 200)),
      readerable: bool(c.readerable, `${path}.typeClues.readerable`),
      mainLength: n('mainLength'),
      mainDenseChars: n('mainDenseChars'),
      pageLength: n('pageLength'),
      linkLength: n('linkLength'),
      teaserLinks: n('teaserLinks'),
      mainLinkLength: n('mainLinkLength'),
    },
  };
}

/** Checks the texts of a match request. */
export function parseMatchTexts(v: unknown, path: string): string[] {
  const texts = arr(v, path, MAX_MATCH_TEXTS, (t, p) => str(t, p, MAX_PAGE_TEXT));
  const total = texts.reduce((sum, t) => sum + t.length, 0);
  if (total > MAX_PAGE_TEXT) throw new InvalidMessageError(`${path} hold more than ${MAX_PAGE_TEXT} characters`);
  return texts;
}
