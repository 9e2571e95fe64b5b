// A quote prepared for matching (squeezed quote, context and hints) and the scoring of candidate places for it.
import search from 'approx-string-match';
import { isIgnorable, MAX_COPIES, readKept, similarity, squeeze, toSqueezed, type PreparedText } from './squeezed-text';

/** The parts of a W3C TextQuoteSelector the matcher reads. */
export interface QuoteLike {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** What else is known about where the quote was: its likely start offsets and the text of its paragraph. */
export interface MatchHints {
  /** Offsets where the quote probably starts now, best first (e.g. its XPath element's offset, its old offset). */
  positions?: readonly number[];
  /** The text of the quote's paragraph when it was recorded (NoteTarget.context). */
  context?: string;
  /**
   * The text of the paragraph that now holds original offset `at` (the page's block element around it), if known.
   * A copy of the quote in a paragraph identical to the recorded one is the quote, even when the quote is the whole
   * paragraph and its text alone cannot say so.
   */
  paragraphAt?: (at: number) => string | undefined;
  /** How many copies of the quote the page held when the note was made (NoteTarget.copies), if recorded. */
  copies?: number;
}

/** Tuning of the matcher; the defaults prefer no anchor to a wrong one. */
export const MATCH_LIMITS = {
  /** Most approximate-search errors allowed, whatever the quote's length. */
  maxErrors: 32,
  /** Errors allowed per quote character (1/5: a quote must be at least 80% the same). */
  errorRate: 0.2,
  /** A prefix or suffix at least this similar confirms an exact candidate near a hint. */
  contextAgreement: 0.5,
  /** Every recorded side (prefix, suffix) must be at least this similar around an approximate match. */
  fuzzyContextAgreement: 0.8,
  /** Shortest squeezed quote looked for approximately (3 errors): shorter ones change meaning with one edit. */
  minFuzzyLength: 16,
  /**
   * Errors allowed per quote character for a quote edited in place: where the recorded prefix and suffix both still
   * stand (`editedContextAgreement`), around a span about where the quote was, like Hypothesis' half.
   */
  editedErrorRate: 0.5,
  /** How similar each recorded side must be around a quote edited in place. */
  editedContextAgreement: 0.9,
  /** Shortest squeezed quote looked for as edited in place. */
  minEditedLength: 8,
  /**
   * How far (squeezed characters) from a hint an approximate match may start. Hints are where the XPath's element
   * now starts plus the recorded offset, and the old text position: an edited quote is only looked for where it was.
   */
  fuzzyReach: 64,
  /** How close (squeezed characters) to a hint a copy of a quote without context must be. */
  nearNoContext: 16,
  /** Squeezed length from which a quote identifies itself when it occurs exactly once. */
  selfIdentifyingExact: 40,
  /** Fewer squeezed context characters than this count as no context. */
  minContext: 8,
  /** A copy far from the hints confirmed by one side only must beat every other copy's context by this much. */
  contextMargin: 0.25,
  /** Squeezed characters of prefix and of suffix that, standing side by side where the quote was, show it removed. */
  removedProbe: 12,
  /** Most exact occurrences scored. */
  maxCandidates: 5_000,
  /** Characters of context compared on each side. */
  contextChars: 64,
};

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2, paragraph: 10 };

/** A quote squeezed for matching, with its context and hints. */
export interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** The recorded paragraph, squeezed ('' when none). */
  paragraph: string;
  /** Squeezed hint offsets; the first ranks candidates by distance. */
  hints: number[];
  /** Squeezed spans where the recorded paragraph still stands unchanged. */
  paragraphs: [number, number][];
  paragraphAt?: (at: number) => string | undefined;
  /** Copies of the quote on the page when the note was made; undefined when not recorded or too many to count. */
  copies?: number;
}

/** Squeezes a quote, its context and hints for matching against `prepared`. */
export function makeQuery(prepared: PreparedText, quote: QuoteLike, hints: MatchHints = {}): Query {
  const c = MATCH_LIMITS.contextChars;
  const exact = squeeze(quote.exact);
  let prefix = squeeze(quote.prefix ?? '').slice(-c);
  let suffix = squeeze(quote.suffix ?? '').slice(0, c);
  const paragraph = squeeze(hints.context ?? '');
  // Context recorded as a few raw characters may be all whitespace: the paragraph's words around the quote stand in.
  const at = exact ? paragraph.indexOf(exact) : -1;
  if (at >= 0 && paragraph.indexOf(exact, at + 1) < 0) {
    const before = paragraph.slice(Math.max(0, at - c), at);
    const after = paragraph.slice(at + exact.length, at + exact.length + c);
    if (before.length > prefix.length) prefix = before;
    if (after.length > suffix.length) suffix = after;
  }
  const q: Query = {
    quote: exact,
    prefix,
    suffix,
    paragraph,
    hints: (hints.positions ?? []).filter((h) => h >= 0).map((h) => toSqueezed(prepared, h)),
    paragraphs: [],
    paragraphAt: hints.paragraphAt,
    copies: hints.copies !== undefined && hints.copies > 0 && hints.copies < MAX_COPIES ? hints.copies : undefined,
  };
  if (exact && paragraph.length > exact.length + MATCH_LIMITS.minContext) {
    const s = prepared.squeezed;
    for (let at = s.indexOf(paragraph); at >= 0 && q.paragraphs.length < 20; at = s.indexOf(paragraph, at + 1)) {
      q.paragraphs.push([at, at + paragraph.length]);
    }
  }
  return q;
}

/** A candidate place (squeezed offsets) and how well it fits the quote. */
export interface Scored {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  /** The better of the recorded sides' similarities (0 when none recorded). */
  context: number;
  /** The worse of the recorded sides' similarities (0 when none recorded). */
  weakest: number;
  /** True when the candidate starts inside an unchanged copy of the recorded paragraph. */
  inParagraph: boolean;
  score: number;
}

/** Scores the squeezed span [start, end) found with `errors` edits against the query. */
export function scoreAt(prepared: PreparedText, q: Query, start: number, end: number, errors: number): Scored {
  const s = prepared.squeezed;
  const prefix = similarity(q.prefix, readKept(prepared.text, prepared.map[start]! - 1, -1, q.prefix.length));
  const suffix = similarity(q.suffix, readKept(prepared.text, prepared.map[end - 1]! + 1, 1, q.suffix.length));
  const quote = 1 - errors / Math.max(1, q.quote.length);
  const hint = q.hints[0];
  const position = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, s.length));
  const inParagraph = q.paragraphs.some(([a, b]) => start >= a && start < b);
  const sides = [...(q.prefix ? [prefix] : []), ...(q.suffix ? [suffix] : [])];
  const context = sides.length ? Math.max(...sides) : 0;
  const weakest = sides.length ? Math.min(...sides) : 0;
  const w = WEIGHTS;
  const raw =
    w.quote * quote + w.prefix * prefix + w.suffix * suffix + w.position * position + (inParagraph ? w.paragraph : 0);
  const score = raw / (w.quote + w.prefix + w.suffix + w.position + w.paragraph);
  return { start, end, quote, prefix, suffix, context, weakest, inParagraph, score };
}

/** True when the query carries enough prefix and suffix to tell copies of the quote apart. */
export function hasContext(q: Query): boolean {
  return q.prefix.length + q.suffix.length >= MATCH_LIMITS.minContext;
}

/** True when both sides are recorded with at least `minContext` characters each. */
export function hasBothSides(q: Query): boolean {
  return q.prefix.length >= MATCH_LIMITS.minContext && q.suffix.length >= MATCH_LIMITS.minContext;
}

/** The highest-scoring candidate. */
export function best(list: readonly Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const c of list) if (!top || c.score > top.score) top = c;
  return top;
}

/** Maps a squeezed span back to the original text, taking back the quote's own leading and trailing whitespace. */
export function toOriginal(
  prepared: PreparedText,
  exact: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const text = prepared.text;
  let from = prepared.map[start]!;
  let to = prepared.map[end - 1]! + 1;
  for (let i = 0; i < exact.length && isIgnorable(exact.charCodeAt(i)) && from > 0; i++) {
    if (!isIgnorable(text.charCodeAt(from - 1))) break;
    from -= 1;
  }
  for (let i = exact.length - 1; i >= 0 && isIgnorable(exact.charCodeAt(i)) && to < text.length; i--) {
    if (!isIgnorable(text.charCodeAt(to))) break;
    to += 1;
  }
  return { start: from, end: to };
}

/** Every exact occurrence of the squeezed quote, scored. */
export function exactCandidates(prepared: PreparedText, q: Query): Scored[] {
  const out: Scored[] = [];
  const s = prepared.squeezed;
  for (
    let at = s.indexOf(q.quote);
    at >= 0 && out.length < MATCH_LIMITS.maxCandidates;
    at = s.indexOf(q.quote, at + 1)
  ) {
    out.push(scoreAt(prepared, q, at, at + q.quote.length, 0));
  }
  return out;
}

/** Squeezed text [from, to) with the given spans (sorted) blotted out, so that approximate search looks past them. */
function masked(s: string, from: number, to: number, spans: readonly Scored[]): string {
  const parts: string[] = [];
  let last = from;
  for (const span of spans) {
    if (span.end <= last || span.start >= to) continue;
    const a = Math.max(last, span.start);
    const b = Math.min(to, span.end);
    parts.push(s.slice(last, a), '\u0000'.repeat(b - a));
    last = b;
  }
  parts.push(s.slice(last, to));
  return parts.join('');
}

/**
 * Approximate matches with at most `maxErrors` edits that start about where the quote started (within `fuzzyReach`
 * of a hint), or anywhere if `anywhere` and there is no hint, looking past the exact copies `exact`.
 */
export function fuzzyCandidates(
  prepared: PreparedText,
  q: Query,
  exact: readonly Scored[],
  maxErrors: number,
  anywhere = true,
): Scored[] {
  const s = prepared.squeezed;
  const reach = MATCH_LIMITS.fuzzyReach;
  const found = q.hints.length || !anywhere ? [] : search(masked(s, 0, s.length, exact), q.quote, maxErrors);
  for (const hint of q.hints) {
    const from = Math.max(0, hint - reach);
    const window = masked(s, from, Math.min(s.length, hint + reach + q.quote.length + maxErrors), exact);
    for (const m of search(window, q.quote, maxErrors)) {
      if (Math.abs(m.start + from - hint) <= reach) found.push({ ...m, start: m.start + from, end: m.end + from });
    }
  }
  return found.filter((m) => m.end > m.start).map((m) => scoreAt(prepared, q, m.start, m.end, m.errors));
}
