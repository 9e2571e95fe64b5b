// Finds a quoted passage in page text again: exact occurrences first, then approximate search, scored by context.
import { NOTE_LIMITS } from '../notes/note';
import {
  best,
  exactCandidates,
  fuzzyCandidates,
  hasBothSides,
  hasContext,
  makeQuery,
  MATCH_LIMITS,
  scoreAt,
  toOriginal,
  type MatchHints,
  type Query,
  type QuoteLike,
  type Scored,
} from './quote-query';
import { prepareText, squeeze, toSqueezed, type PreparedText } from './squeezed-text';

export { MATCH_LIMITS, type MatchHints, type QuoteLike } from './quote-query';

/** Where a quote was found, as offsets into the original text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: weighted similarity of quote, prefix, suffix and position. */
  score: number;
  kind: 'exact' | 'fuzzy';
}

/**
 * True when the text at original span [start, end) has the quote's context on at least one side
 * (or the quote records no context), so that a span found by position or XPath can be trusted.
 */
export function contextAgrees(
  prepared: PreparedText,
  quote: QuoteLike,
  start: number,
  end: number,
  paragraph?: string,
): boolean {
  const q = makeQuery(prepared, quote, { context: paragraph });
  if (!hasContext(q)) return true;
  const c = scoreAt(prepared, q, toSqueezed(prepared, start), toSqueezed(prepared, end), 0);
  return c.context >= MATCH_LIMITS.contextAgreement;
}

/** True when the candidate stands in a paragraph identical to the one recorded around the quote. */
function sameParagraph(prepared: PreparedText, q: Query, c: Scored): boolean {
  if (c.inParagraph) return true;
  if (!q.paragraphAt || !q.paragraph) return false;
  const text = q.paragraphAt(prepared.map[c.start]!);
  // Recorded as page/selection.ts does: whitespace runs as one space, trimmed, cut at the note's limit.
  const recorded = (t: string) => squeeze(t.replace(/\s+/g, ' ').trim().slice(0, NOTE_LIMITS.context));
  return text !== undefined && recorded(text) === q.paragraph;
}

/**
 * True when the quote's place still shows without it: about where the quote was, the end of the recorded prefix is
 * followed by the start of the recorded suffix, side by side (the quote deleted, or its block moved away) or around a
 * span about the quote's length (the quote edited there). A copy of the quote elsewhere is then other text.
 */
function vacated(prepared: PreparedText, q: Query): boolean {
  const limits = MATCH_LIMITS;
  const n = limits.removedProbe;
  if (q.prefix.length < n || q.suffix.length < n) return false;
  const [pre, suf] = [q.prefix.slice(-n), q.suffix.slice(0, n)];
  const s = prepared.squeezed;
  const slack = Math.max(limits.minContext, Math.floor(q.quote.length * limits.editedErrorRate));
  for (const h of q.hints) {
    // Only the text about the hint is read (searching on to the page's end would cost a page per note).
    const base = Math.max(0, h - limits.fuzzyReach - n);
    const w = s.slice(base, h + limits.fuzzyReach + 2 * n + q.quote.length + slack + 1);
    for (let at = w.indexOf(pre); at >= 0 && base + at <= h + limits.fuzzyReach; at = w.indexOf(pre, at + 1)) {
      // The quote itself still between them is not a vacated place.
      if (s.startsWith(q.quote, base + at + n)) continue;
      const next = w.indexOf(suf, at + n);
      const gap = next - (at + n);
      if (next >= 0 && (gap <= limits.minContext || Math.abs(gap - q.quote.length) <= slack)) return true;
    }
  }
  return false;
}

function occursOnce(s: string, part: string): boolean {
  const at = part ? s.indexOf(part) : -1;
  return at >= 0 && s.indexOf(part, at + 1) < 0;
}

/** Most candidates whose paragraph is compared with the recorded one. */
const PARAGRAPH_CHECKS = 20;

/**
 * The exact occurrence to trust, if any, from the evidence that agrees on it:
 * 1. The copy count recorded with the note: with a copy fewer than recorded, the missing one may be the quote. If its
 *    place shows empty (its recorded prefix and suffix side by side) it was deleted, and any copy left is other text;
 *    else only a copy that its recorded context on both sides surrounds, or its recorded paragraph (standing once),
 *    is.
 * 2. In its place: a copy near a hint (the XPath's element, the old offset) with the context on one side.
 *    Away from its place, with as many copies as recorded and its place empty, it moved: a quote that stood once is
 *    its one copy.
 * 3. The recorded paragraph, standing once on the page: a copy in it is the quote (when the place is empty and the
 *    count cannot say it moved, only a paragraph long enough to identify itself).
 * 4. Away from its place, if that place does not show empty: a copy whose every recorded side agrees, or one side
 *    when every other copy agrees clearly less; a lone long copy identifies itself.
 * Anything else (several copies that fit equally, a copy that disagrees with all the context) is left an orphan.
 */
function chooseExact(prepared: PreparedText, q: Query, exact: Scored[]): Scored | undefined {
  const limits = MATCH_LIMITS;
  const sorted = [...exact].sort((a, b) => b.score - a.score);
  const top = sorted[0];
  if (!top) return undefined;
  const near = (c: Scored, reach: number) => q.hints.some((h) => Math.abs(c.start - h) <= reach);
  const inParagraph = () => sorted.slice(0, PARAGRAPH_CHECKS).find((c) => sameParagraph(prepared, q, c));
  if (!hasContext(q)) {
    // Without recorded context a removed quote cannot be told from a moved one: a copy must be right where the quote
    // was, or long enough to identify itself (alone, or in the recorded paragraph standing once on the page).
    if (near(top, limits.nearNoContext)) return top;
    if (q.quote.length < limits.selfIdentifyingExact) return undefined;
    const paragraph = occursOnce(prepared.squeezed, q.paragraph) ? inParagraph() : undefined;
    return paragraph ?? (exact.length === 1 ? top : undefined);
  }
  const fewer = q.copies !== undefined && exact.length < q.copies;
  if (!fewer && near(top, limits.fuzzyReach) && top.context >= limits.contextAgreement) return top;
  const away = vacated(prepared, q);
  if (fewer) {
    // A copy is gone, perhaps this one: deleted if its place shows empty; else only a copy that its recorded context
    // on both sides, or its recorded paragraph (more than the quote, standing once), still surrounds is the quote.
    if (away) return undefined;
    if (q.paragraphs.length === 1) {
      const paragraph = sorted.find((c) => c.inParagraph);
      if (paragraph) return paragraph;
    }
    return hasBothSides(q) && top.weakest >= limits.fuzzyContextAgreement ? top : undefined;
  }
  const moved = away && exact.length === q.copies;
  if (moved && exact.length === 1) return top;
  if (occursOnce(prepared.squeezed, q.paragraph)) {
    if (!away || moved || q.paragraph.length >= limits.selfIdentifyingExact) {
      const paragraph = inParagraph();
      if (paragraph) return paragraph;
    } else if (q.copies === undefined && exact.length === 1 && top.context < limits.contextAgreement) {
      // Without a count: a short paragraph gone from its place, standing once elsewhere among other text, moved.
      // Among neighbours like the recorded ones it is a copy in a repeated block (a menu shown twice).
      if (sameParagraph(prepared, q, top)) return top;
    }
  }
  if (away) return undefined;
  if (top.weakest >= limits.fuzzyContextAgreement) return top;
  const runnerUp = Math.max(0, ...sorted.slice(1).map((c) => c.context));
  if (top.context >= limits.contextAgreement && top.context - runnerUp >= limits.contextMargin) return top;
  if (exact.length === 1 && q.quote.length >= limits.selfIdentifyingExact) return top;
  return undefined;
}

/**
 * Finds `quote` in `text` (a string, or one prepared with {@link prepareText} to match many quotes).
 * Compares text with whitespace squeezed out. `hint` is the quote's old start offset, or {@link MatchHints}.
 * Returns null rather than a doubtful place: see chooseExact for exact copies. An approximate match must be at least
 * 80% the same as the quote and keep the context on every side recorded, or, edited in place, keep both sides almost
 * unchanged around a span at least half the same; it must lie about where the quote was and keep its numbers.
 */
export function matchQuote(
  text: string | PreparedText,
  quote: QuoteLike,
  hint?: number | MatchHints,
): QuoteMatch | null {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const q = makeQuery(prepared, quote, typeof hint === 'number' ? { positions: [hint] } : hint);
  if (!q.quote || !prepared.squeezed) return null;
  const exact = exactCandidates(prepared, q);
  const accepted = chooseExact(prepared, q, exact);
  const near = (c: Scored) => q.hints.some((h) => Math.abs(c.start - h) <= MATCH_LIMITS.fuzzyReach);
  // An exact copy in its recorded place, or with no hint to compare with, needs no second look.
  if (accepted && (!q.hints.length || near(accepted))) return result(prepared, quote, accepted, 'exact');
  // Where the quote was, an edited version with its context may beat an exact copy elsewhere.
  const edited = fuzzyMatch(prepared, q, exact);
  if (edited && (!accepted || edited.score > accepted.score)) return result(prepared, quote, edited, 'fuzzy');
  return accepted ? result(prepared, quote, accepted, 'exact') : null;
}

function result(prepared: PreparedText, quote: QuoteLike, c: Scored, kind: QuoteMatch['kind']): QuoteMatch {
  return { ...toOriginal(prepared, quote.exact, c.start, c.end), score: c.score, kind };
}

function digits(s: string): string {
  return s.replace(/\D+/g, ' ').trim();
}

/** Numbers are facts (amounts, dates, ship and list numbers): an edited number is not the passage that was noted. */
function sameNumbers(prepared: PreparedText, q: Query, c: Scored): boolean {
  return digits(prepared.squeezed.slice(c.start, c.end)) === digits(q.quote);
}

/** The best approximate match that keeps the quote's context and numbers, looking past exact copies. */
function fuzzyMatch(prepared: PreparedText, q: Query, exact: Scored[]): Scored | undefined {
  const limits = MATCH_LIMITS;
  if (!hasContext(q)) return undefined;
  if (q.quote.length >= limits.minFuzzyLength) {
    const maxErrors = Math.min(limits.maxErrors, Math.floor(q.quote.length * limits.errorRate));
    const found = best(fuzzyCandidates(prepared, q, exact, maxErrors));
    if (found && found.weakest >= limits.fuzzyContextAgreement && sameNumbers(prepared, q, found)) return found;
  }
  // Edited in place: both recorded sides still stand, almost unchanged, around a span half like the quote.
  if (!q.hints.length || !hasBothSides(q) || q.quote.length < limits.minEditedLength) return undefined;
  const maxErrors = Math.min(limits.maxErrors, Math.floor(q.quote.length * limits.editedErrorRate));
  const inPlace = fuzzyCandidates(prepared, q, exact, maxErrors, false).filter(
    (c) => c.weakest >= limits.editedContextAgreement && sameNumbers(prepared, q, c),
  );
  return best(inPlace);
}
