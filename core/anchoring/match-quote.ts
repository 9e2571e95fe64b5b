// Finds a quoted passage in page text again: exact occurrences first, then approximate search, scored by context.
import search from 'approx-string-match';
import {
  isIgnorable,
  prepareText,
  readKept,
  similarity,
  squeeze,
  toSqueezed,
  type PreparedText,
} from './squeezed-text';

/** The parts of a W3C TextQuoteSelector the matcher reads. */
export interface QuoteLike {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where a quote was found, as offsets into the original text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: weighted similarity of quote, prefix, suffix and position. */
  score: number;
  kind: 'exact' | 'fuzzy';
}

/** Tuning of the matcher; the defaults prefer no anchor to a wrong one. */
export const MATCH_LIMITS = {
  /** Most approximate-search errors allowed, whatever the quote's length. */
  maxErrors: 32,
  /** Errors allowed per quote character (1/5: a quote must be at least 80% the same). */
  errorRate: 0.2,
  /** A prefix or suffix at least this similar confirms an exact candidate. */
  contextAgreement: 0.5,
  /** Every recorded side (prefix, suffix) must be at least this similar around an approximate match. */
  fuzzyContextAgreement: 0.8,
  /** Shortest squeezed quote looked for approximately (3 errors): shorter ones change meaning with one edit. */
  minFuzzyLength: 16,
  /**
   * How far (squeezed characters) from a hint an approximate match may start. Hints are where the XPath's element
   * now starts plus the recorded offset, and the old text position: an edited quote is only looked for where it was.
   */
  fuzzyReach: 64,
  /** How close to a hint one of several copies of a quote without context must be. */
  nearNoContext: 150,
  /** Squeezed length from which a quote identifies itself when it occurs exactly once. */
  selfIdentifyingExact: 40,
  /** Fewer squeezed context characters than this count as no context. */
  minContext: 8,
  /** Most exact occurrences scored. */
  maxCandidates: 5_000,
  /** Characters of context compared on each side. */
  contextChars: 64,
};

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2, paragraph: 10 };

/** What else is known about where the quote was: its likely start offsets and the text of its paragraph. */
export interface MatchHints {
  /** Offsets where the quote probably starts now, best first (e.g. its XPath element's offset, its old offset). */
  positions?: readonly number[];
  /** The text of the quote's paragraph when it was recorded (NoteTarget.context). */
  context?: string;
}

interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** Squeezed hint offsets; the first ranks candidates by distance. */
  hints: number[];
  /** Squeezed spans where the recorded paragraph still stands unchanged. */
  paragraphs: [number, number][];
}

function makeQuery(prepared: PreparedText, quote: QuoteLike, hints: MatchHints = {}): Query {
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
    hints: (hints.positions ?? []).filter((h) => h >= 0).map((h) => toSqueezed(prepared, h)),
    paragraphs: [],
  };
  if (exact && paragraph.length > exact.length + MATCH_LIMITS.minContext) {
    const s = prepared.squeezed;
    for (let at = s.indexOf(paragraph); at >= 0 && q.paragraphs.length < 20; at = s.indexOf(paragraph, at + 1)) {
      q.paragraphs.push([at, at + paragraph.length]);
    }
  }
  return q;
}

interface Scored {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  context: number;
  /** True when the candidate starts inside an unchanged copy of the recorded paragraph. */
  inParagraph: boolean;
  score: number;
}

function scoreAt(prepared: PreparedText, q: Query, start: number, end: number, errors: number): Scored {
  const s = prepared.squeezed;
  const prefix = similarity(q.prefix, readKept(prepared.text, prepared.map[start]! - 1, -1, q.prefix.length));
  const suffix = similarity(q.suffix, readKept(prepared.text, prepared.map[end - 1]! + 1, 1, q.suffix.length));
  const quote = 1 - errors / Math.max(1, q.quote.length);
  const hint = q.hints[0];
  const position = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, s.length));
  const inParagraph = q.paragraphs.some(([a, b]) => start >= a && start < b);
  const context = Math.max(q.prefix ? prefix : 0, q.suffix ? suffix : 0);
  const w = WEIGHTS;
  const raw =
    w.quote * quote + w.prefix * prefix + w.suffix * suffix + w.position * position + (inParagraph ? w.paragraph : 0);
  const score = raw / (w.quote + w.prefix + w.suffix + w.position + w.paragraph);
  return { start, end, quote, prefix, suffix, context, inParagraph, score };
}

function hasContext(q: Query): boolean {
  return q.prefix.length + q.suffix.length >= MATCH_LIMITS.minContext;
}

function best(list: Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const c of list) if (!top || c.score > top.score) top = c;
  return top;
}

/** Maps a squeezed span back to the original text, taking back the quote's own leading and trailing whitespace. */
function toOriginal(prepared: PreparedText, exact: string, start: number, end: number): { start: number; end: number } {
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

function exactCandidates(prepared: PreparedText, q: Query): Scored[] {
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

function digits(s: string): string {
  return s.replace(/\D+/g, ' ').trim();
}

/**
 * Approximate matches that start about where the quote started (within `fuzzyReach` of a hint), or anywhere if
 * there is no hint, looking past the exact copies `exact`.
 */
function fuzzyCandidates(prepared: PreparedText, q: Query, exact: readonly Scored[], maxErrors: number): Scored[] {
  const s = prepared.squeezed;
  const reach = MATCH_LIMITS.fuzzyReach;
  const found = q.hints.length ? [] : search(masked(s, 0, s.length, exact), q.quote, maxErrors);
  for (const hint of q.hints) {
    const from = Math.max(0, hint - reach);
    const window = masked(s, from, Math.min(s.length, hint + reach + q.quote.length + maxErrors), exact);
    for (const m of search(window, q.quote, maxErrors)) {
      if (Math.abs(m.start + from - hint) <= reach) found.push({ ...m, start: m.start + from, end: m.end + from });
    }
  }
  return found.filter((m) => m.end > m.start).map((m) => scoreAt(prepared, q, m.start, m.end, m.errors));
}

/**
 * Finds `quote` in `text` (a string, or one prepared with {@link prepareText} to match many quotes).
 * Compares text with whitespace squeezed out. `hint` is the quote's old start offset, or {@link MatchHints}.
 * Returns null rather than a doubtful place. An exact occurrence needs its prefix or suffix around it, or its
 * recorded paragraph, or to be the only one (and long, when context was recorded). An approximate match must be
 * at least 80% the same as the quote, keep the context on every side recorded, and lie about where the quote was.
 */
export function matchQuote(
  text: string | PreparedText,
  quote: QuoteLike,
  hint?: number | MatchHints,
): QuoteMatch | null {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const q = makeQuery(prepared, quote, typeof hint === 'number' ? { positions: [hint] } : hint);
  if (!q.quote || !prepared.squeezed) return null;
  const limits = MATCH_LIMITS;
  const known = hasContext(q);
  const exact = exactCandidates(prepared, q);
  const top = best(exact);
  const within = (c: Scored, reach: number) => q.hints.some((h) => Math.abs(c.start - h) <= reach);
  let accepted: Scored | undefined;
  if (top) {
    const alone = exact.length === 1 && (q.quote.length >= limits.selfIdentifyingExact || !known);
    // Without recorded context, one of several copies must be right where the quote was.
    const confirmed = known ? top.context >= limits.contextAgreement : within(top, limits.nearNoContext);
    if (confirmed || top.inParagraph || alone) accepted = top;
    // An exact copy in its recorded place, or with no hint to compare with, needs no second look.
    if (accepted && (!q.hints.length || within(top, limits.fuzzyReach))) return result(prepared, quote, top, 'exact');
  }
  // Where the quote was, an edited version with its context may beat an exact copy elsewhere.
  const edited = fuzzyMatch(prepared, q, exact);
  if (edited && (!accepted || edited.score > accepted.score)) return result(prepared, quote, edited, 'fuzzy');
  return accepted ? result(prepared, quote, accepted, 'exact') : null;
}

function result(prepared: PreparedText, quote: QuoteLike, c: Scored, kind: QuoteMatch['kind']): QuoteMatch {
  return { ...toOriginal(prepared, quote.exact, c.start, c.end), score: c.score, kind };
}

/** The best approximate match that keeps the quote's context and numbers, looking past exact copies. */
function fuzzyMatch(prepared: PreparedText, q: Query, exact: Scored[]): Scored | undefined {
  const limits = MATCH_LIMITS;
  if (q.quote.length < limits.minFuzzyLength || !hasContext(q)) return undefined;
  const maxErrors = Math.min(limits.maxErrors, Math.floor(q.quote.length * limits.errorRate));
  const found = best(fuzzyCandidates(prepared, q, exact, maxErrors));
  if (!found) return undefined;
  const sides = [...(q.prefix ? [found.prefix] : []), ...(q.suffix ? [found.suffix] : [])];
  if (Math.min(...sides) < limits.fuzzyContextAgreement) return undefined;
  // Numbers are facts (amounts, dates, ship and list numbers): an edited number is not the passage that was noted.
  if (digits(prepared.squeezed.slice(found.start, found.end)) !== digits(q.quote)) return undefined;
  return found;
}
