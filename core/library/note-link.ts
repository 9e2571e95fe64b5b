// The link that opens a note's page scrolled to the note: the page URL with a W3C text fragment (#:~:text=).
import type { Note } from '../notes/note';

/** Quotes longer than this (or spanning lines) are linked by their first and last words. */
const SHORT_QUOTE = 80;
const EDGE_WORDS = 4;

/** Percent-encodes a text-fragment term; `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/**
 * The text directive for a note's quote: `text=[prefix-,]start[,end][,-suffix]`. Context words are used only
 * when they are whole words next to the quote (the browser matches directives on word boundaries).
 */
export function textDirective(note: Note): string | null {
  const { exact, prefix, suffix } = note.target.quote;
  const quoteWords = words(exact);
  if (quoteWords.length === 0) return null;
  const parts: string[] = [];
  const before = /\s$/.test(prefix) ? words(prefix).slice(1).slice(-1)[0] : undefined;
  if (before && /^\s/.test(exact) === false) parts.push(`${encodeFragmentTerm(before)}-`);
  // A match cannot cross a block boundary, so a quote over several lines is linked by its first and last lines.
  const lines = exact
    .split(/\r?\n/)
    .map(words)
    .filter((l) => l.length > 0);
  if (lines.length > 1) {
    parts.push(encodeFragmentTerm(lines[0]!.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentTerm(lines[lines.length - 1]!.slice(-EDGE_WORDS).join(' ')));
  } else if (exact.length <= SHORT_QUOTE || quoteWords.length <= EDGE_WORDS * 2) {
    parts.push(encodeFragmentTerm(quoteWords.join(' ')));
  } else {
    parts.push(encodeFragmentTerm(quoteWords.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentTerm(quoteWords.slice(-EDGE_WORDS).join(' ')));
  }
  const after = /^\s/.test(suffix) ? words(suffix).slice(0, -1)[0] : undefined;
  if (after) parts.push(`-${encodeFragmentTerm(after)}`);
  return `text=${parts.join(',')}`;
}

/**
 * The URL that opens the note's page and scrolls to (and marks) the quote, in Chrome and Firefox alike.
 * Only http(s) pages are linked; anything else (an imported `javascript:` URL, say) gives null.
 */
export function noteLink(note: Note): string | null {
  let url: URL;
  try {
    url = new URL(note.page.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const directive = textDirective(note);
  const base = url.href.replace(/#.*$/, '');
  return directive ? `${base}#:~:${directive}` : base;
}
