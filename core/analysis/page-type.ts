// Decides whether a page is an article, a listing (front page, section, search results) or something else.

/** The kind of page. */
export type PageType = 'article' | 'listing' | 'other';

/** Measurements of a page that tell its type; page/ takes them from the DOM. */
export interface PageTypeClues {
  /** `og:type`, lower-cased, or '' . */
  ogType: string;
  /** Every schema.org `@type` in the page's JSON-LD. */
  jsonLdTypes: string[];
  /** Readability's `isProbablyReaderable`. */
  readerable: boolean;
  /** Characters of the main content that Readability found (0 when none). */
  mainLength: number;
  /** Han, kana and Hangul characters among them: one carries about as much as a short Latin word. */
  mainDenseChars: number;
  /** Characters of visible text on the whole page. */
  pageLength: number;
  /** Characters of visible text inside links, on the whole page. */
  linkLength: number;
  /** Links whose text reads like a headline (several words): the teasers of a listing. */
  teaserLinks: number;
  /** Characters of visible text inside links, within the main content. */
  mainLinkLength: number;
}

/** Schema.org types of a single article. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);
/** Schema.org types of a page of many items. */
const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage']);

/** Tunable thresholds of {@link decidePageType}. */
export const PAGE_TYPE_THRESHOLDS = {
  /** Main text an article declared by its metadata must have at least. */
  declaredArticleMin: 300,
  /** Main text an undeclared article must have at least (in Latin-equivalent characters, see `denseCharWeight`). */
  articleMin: 1000,
  /** Share of the page's text that the main content must have for an undeclared article. */
  mainShareMin: 0.15,
  /** A shorter main text (down to this) still makes an article when it is a large share of a page with navigation. */
  shortArticleMin: 500,
  shortArticleShareMin: 0.35,
  /** What one Han, kana or Hangul character counts for, in Latin characters. */
  denseCharWeight: 3,
  /** Link density of the main content above which it is a list of links, not prose. */
  mainLinkDensityMax: 0.4,
  /** Teaser links and page link density from which a page without a declared article is a listing. */
  listingTeasers: 12,
  listingLinkDensity: 0.3,
};

/** The page type that og:type and schema.org types declare, if they declare one. */
export function declaredPageType(ogType: string, jsonLdTypes: string[]): PageType | null {
  const types = jsonLdTypes.map((x) => x.toLowerCase());
  if (types.some((x) => LISTING_TYPES.has(x))) return 'listing';
  if (ogType === 'article' || types.some((x) => ARTICLE_TYPES.has(x))) return 'article';
  return null;
}

/** The outcome of {@link decidePageType}. */
export interface PageTypeDecision {
  pageType: PageType;
  reason: string;
}

/**
 * Decides the page type: a declared article (JSON-LD NewsArticle/Article/BlogPosting…, or og:type "article") with a
 * main text is an article; a declared collection is a listing; otherwise prose that is long enough and a fair share of
 * the page (or shorter and a large share), not itself a list of links, makes an article unless the page declares
 * itself a "website" full of headlines; many headline-like links and a high link density make a listing; anything
 * else is "other".
 */
export function decidePageType(c: PageTypeClues): PageTypeDecision {
  const t = PAGE_TYPE_THRESHOLDS;
  const declared = declaredPageType(c.ogType, c.jsonLdTypes);
  const declaredArticle = declared === 'article';
  const declaredListing = declared === 'listing';
  const mainLinkDensity = c.mainLength > 0 ? c.mainLinkLength / c.mainLength : 1;
  const linkDensity = c.pageLength > 0 ? c.linkLength / c.pageLength : 0;
  const share = c.pageLength > 0 ? c.mainLength / c.pageLength : 0;
  const weighted = c.mainLength + (t.denseCharWeight - 1) * c.mainDenseChars;
  const prose = mainLinkDensity <= t.mainLinkDensityMax;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (declaredArticle && !declaredListing && c.mainLength >= t.declaredArticleMin && prose) {
    return { pageType: 'article', reason: 'metadata declares an article and the page has a main text' };
  }
  if (declaredListing) return { pageType: 'listing', reason: 'metadata declares a collection of items' };
  const manyTeasers = c.teaserLinks >= t.listingTeasers && linkDensity >= t.listingLinkDensity;
  // A site's home or section page declares itself a "website"; with many headlines it is a listing, readerable or not.
  const declaredSite = c.ogType === 'website' && manyTeasers;
  const long = weighted >= t.articleMin && share >= t.mainShareMin;
  // A short text alone on a page, with no navigation around it, is a fragment rather than a site's article.
  const chrome = c.linkLength > c.mainLinkLength;
  const short = weighted >= t.shortArticleMin && share >= t.shortArticleShareMin && chrome;
  if ((long || short) && prose && !declaredSite && (c.readerable || !manyTeasers)) {
    return { pageType: 'article', reason: `a main text of ${c.mainLength} characters, ${pct(share)} of the page` };
  }
  if (manyTeasers || (c.teaserLinks >= t.listingTeasers && !prose)) {
    return {
      pageType: 'listing',
      reason: `${c.teaserLinks} headline links, ${pct(linkDensity)} of the text in links`,
    };
  }
  return { pageType: 'other', reason: 'neither a main text nor a list of headlines' };
}
