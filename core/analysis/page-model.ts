// The compact model of a page that page/ reads in one walk of the DOM: its block containers and its text blocks.

/** Flags of a {@link ModelContainer}, as a bit set. */
export const CONTAINER = {
  /** Navigation, sidebar, footer or form by its tag or ARIA role (`nav`, `aside`, `footer`, `form`, `role=navigation`…). */
  chromeTag: 1,
  /** Class or id reads like page furniture (comments, sidebar, menu, related, share, banner…), as Readability judges it. */
  unlikely: 2,
  /** `aria-hidden="true"` on the block itself. */
  ariaHidden: 4,
  /** Holds a `<br>` as a direct child (a `<div>` of text lines is a paragraph too). */
  hasBr: 8,
  /** Inside an `<li>` (a paragraph there is part of a list, not of the prose). */
  inList: 16,
} as const;

/** A block element of the page (`div`, `p`, `article`, `td`, `li`…), in document order (a parent before its children). */
export interface ModelContainer {
  /** Index of the nearest enclosing container, -1 for the root (the body). */
  parent: number;
  /** Upper-case tag name. */
  tag: string;
  /** {@link CONTAINER} flags. */
  flags: number;
  /** Readability's weight of the class and id: +25 for a name like "article" or "content", −25 for "comment", "sidebar"… */
  classWeight: number;
}

/** A run of visible text between two block boundaries (a paragraph, a headline, a list item, a cell). */
export interface ModelBlock {
  /** Index of the innermost container holding the text. */
  container: number;
  /** The visible text, white space collapsed and trimmed (never empty). */
  text: string;
  /** How many of its characters are link text. */
  linkChars: number;
}

/** What one walk of a page's body gathers for the analysis. */
export interface PageModel {
  containers: ModelContainer[];
  blocks: ModelBlock[];
  /** Characters of visible link text on the whole page. */
  linkLength: number;
  /** Links whose text reads like a headline (4+ words, or 12+ Han, kana or Hangul characters). */
  teaserLinks: number;
}

/** Readability's patterns of class and id names (Readability.js REGEXPS, Apache-2.0), kept in step with it. */
export const CLASS_PATTERNS = {
  unlikely:
    /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i,
  maybeCandidate: /and|article|body|column|content|main|shadow/i,
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i,
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i,
};

/** Readability's class weight of one class or id string: −25, 0 or +25 each. */
function nameWeight(name: string): number {
  if (!name) return 0;
  let w = 0;
  if (CLASS_PATTERNS.negative.test(name)) w -= 25;
  if (CLASS_PATTERNS.positive.test(name)) w += 25;
  return w;
}

/** The class weight and the `unlikely` flag of an element from its class and id attributes. */
export function classClues(className: string, id: string): { weight: number; unlikely: boolean } {
  const both = `${className} ${id}`;
  return {
    weight: nameWeight(className) + nameWeight(id),
    unlikely: CLASS_PATTERNS.unlikely.test(both) && !CLASS_PATTERNS.maybeCandidate.test(both),
  };
}

/** Tags whose element is navigation, a sidebar, a footer or a form: never the main content nor part of it. */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);

/** ARIA roles of page furniture (Readability's unlikely roles, plus the landmarks of navigation and footers). */
export const CHROME_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
  'contentinfo',
  'search',
]);
