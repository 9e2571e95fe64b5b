// The hot loop: folds a text code unit by code unit and runs the automaton over it, reporting candidate matches.
import * as automaton from './automaton';
import type { Automaton } from './automaton';
import * as lazy from './lazy-rows';
import type { LazyRows } from './lazy-rows';
import * as normalize from './normalize';
import * as rules from './rules';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call, a quarter of `find`'s time.
const { ROW_ESCAPE, ROW_SHIFT, rowStep, step } = automaton;
const { charFlags, charInfo, FLAG_LATIN, isAbbreviationDot, KIND_DOT, KIND_KEY, KIND_MARK } = normalize;
const { rightBoundaryOk } = rules;
const { PROMOTE_AFTER, lazyRows, promote } = lazy;

/** Longest key (in key characters) that a pattern may have. */
export const MAX_KEY_LENGTH = 1024;

const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;
const WHITE_SPACE_RUN = /[ \n\t\r]*/y;
/** The code units of WHITE_SPACE_RUN. */
const WHITE_SPACE = [0x20, NEWLINE, 0x09, 0x0d];

/**
 * The offset of the first code unit from `i` on that is no space, tab, line break or carriage return (or the text's
 * length). Pages' text has long runs of them (indentation: on the benchmark's real pages, runs after a line break
 * are two thirds of the text), and the automaton's state stays as it is across gaps.
 */
function afterWhiteSpace(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x20 && c !== NEWLINE && c !== 0x09 && c !== 0x0d) return i;
  // A longer run: the RegExp engine's native loop is faster than charCodeAt per code unit.
  WHITE_SPACE_RUN.lastIndex = i;
  WHITE_SPACE_RUN.test(text);
  return WHITE_SPACE_RUN.lastIndex;
}

/** Symbol of the gaps between words (whitespace, dashes, invisible characters): the state stays as it is. */
export const GAP_SYMBOL = 1;
/** The first symbol of key characters. */
export const FIRST_KEY_SYMBOL = 2;

// Entries of the per-matcher class table besides symbols (>= GAP_SYMBOL). UNKNOWN is 0, the value of a fresh table, so
// that the table needs no fill: its memory is touched only where texts have characters (a fresh page of memory costs
// about 15 µs on the benchmark's machine, and the 256 KiB table was about a tenth of loading a matcher).
const UNKNOWN = 0;
/** No pattern has this character. */
const NONE = -2;
const DOT = -3;
const MARK = -4;
const EXPAND = -5;

/** What the scanner needs: the automaton and the symbol of each key character. */
export interface ScanTables {
  automaton: Automaton;
  /** Symbol of each key character (a UTF-16 code unit of the folded key). */
  alphabet: Map<number, number>;
  /** Per code unit of the text: its symbol or one of the special entries above (0 until classified); filled lazily. */
  classOf: Int32Array;
  /**
   * Per code unit: its column in the automaton's full rows (its symbol when below ROW_ESCAPE; 0 when it is in no
   * pattern or its symbol leads every full row to the root; else ROW_ESCAPE, the column of code units not classified
   * yet) XOR ROW_ESCAPE, so that a fresh table (zeros) needs no fill. 64 KiB, so that the common step is two small
   * lookups.
   */
  columnOf: Uint8Array;
  /** The symbol of the full stop when it is a key character ("No. 39"), or 0. */
  dotSymbol: number;
  /** The last {@link scanText}'s reports: pairs (pattern, end); reused from text to text. */
  reports: Int32Array;
  /** How many numbers of `reports` are the last scan's (twice the reports). */
  reportCount: number;
  /** Per full-row state, filled as met: 1 when it or a state up its failure chain has an edge by a symbol without a column, 2 when none has. */
  rareEdges: Uint8Array;
  /** The full rows that the scan uses: the automaton's and those grown for deep states met often (made at the first scan). */
  lazy: LazyRows | null;
}

/** The scanner's tables for an automaton and its alphabet (the per-code-unit ones are filled as texts come). */
export function scanTables(automaton: Automaton, alphabet: Map<number, number>): ScanTables {
  return {
    automaton,
    alphabet,
    classOf: new Int32Array(0x10000),
    columnOf: new Uint8Array(0x10000),
    dotSymbol: alphabet.get(0x2e) ?? 0,
    reports: new Int32Array(256),
    reportCount: 0,
    rareEdges: new Uint8Array(automaton.denseStates),
    lazy: null,
  };
}

function classify(t: ScanTables, code: number): number {
  const info = charInfo(code);
  let cls: number;
  if (info.kind === KIND_KEY) {
    cls = info.fold.length === 1 ? (t.alphabet.get(info.fold.charCodeAt(0)) ?? NONE) : EXPAND;
  } else if (info.kind === KIND_DOT) cls = DOT;
  else if (info.kind === KIND_MARK) cls = MARK;
  else cls = GAP_SYMBOL;
  t.classOf[code] = cls;
  // A character in no pattern has the column of symbol 0 (back to the root), like the symbol 0 of the automaton, and
  // so has a rare symbol that leads from every full row to the root (lazy-rows.ts rootOnly). A line break takes the
  // escape column: the slow path skips the white space after it at once (see scan).
  let column = ROW_ESCAPE;
  if (cls === NONE || (cls >= ROW_ESCAPE && t.lazy!.rootOnly[cls] === 1)) column = 0;
  else if (cls >= 0 && cls < ROW_ESCAPE && code !== NEWLINE) column = cls;
  t.columnOf[code] = column ^ ROW_ESCAPE;
  return cls;
}

/** Whether the combining mark at `i` must be composed with its base (NFC) before matching. */
function needsComposition(text: string, i: number): boolean {
  return text.slice(i - 1, i + 1).normalize('NFC').length === 1;
}

/** The nearest base letter before a run of combining marks ending at `i - 1` is Latin. */
function afterLatin(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && charInfo(text.charCodeAt(j)).kind === KIND_MARK) j--;
  return (charFlags(text.charCodeAt(j)) & FLAG_LATIN) !== 0;
}

/** How many key characters text[j] yields, by the class table (already filled up to where the scan is). */
function keyCount(t: ScanTables, text: string, j: number): number {
  const c = t.classOf[text.charCodeAt(j)]!;
  if (c >= FIRST_KEY_SYMBOL || c === NONE) return 1;
  if (c === DOT) return isAbbreviationDot(text, j) ? 0 : 1;
  if (c === MARK) return afterLatin(text, j) ? 0 : 1;
  if (c === EXPAND) return charInfo(text.charCodeAt(j)).fold.length;
  return 0;
}

/**
 * Where a key of `length` key characters that ends with text[end - 1] starts (walking back over gaps): the offset
 * when the span is plain, every code unit in it exactly one key character (no gap, dropped full stop or mark,
 * expansion), so that its folded text is the key itself; otherwise the offset's bitwise complement (negative).
 */
export function spanStart(t: ScanTables, text: string, end: number, length: number): number {
  const classOf = t.classOf;
  let count = 0;
  let j = end;
  let plain = true;
  while (count < length && j > 0) {
    const c = classOf[text.charCodeAt(--j)]!;
    if (c >= FIRST_KEY_SYMBOL) count++;
    else {
      plain = false;
      count += keyCount(t, text, j);
    }
  }
  return plain ? j : ~j;
}

/**
 * Receives a candidate: a pattern's key found ending at `end` (exclusive), where a match may end (rules.ts
 * `rightBoundaryOk`); {@link spanStart} tells where it starts.
 */
export type Found = (pattern: number, end: number) => void;

/** `t.reports` with room for `more` numbers after its first `t.reportCount`. */
function reportRoom(t: ScanTables, more: number): Int32Array {
  if (t.reportCount + more > t.reports.length) {
    const grown = new Int32Array(Math.max(t.reports.length * 2, t.reportCount + more));
    grown.set(t.reports);
    t.reports = grown;
  }
  return t.reports;
}

/**
 * Reports the patterns that end in state `s`, the key's last character being text[i]. The right word boundary depends
 * only on the text there, not on the pattern, so it is checked once for them all (it rules out most candidates: the
 * "un" of "under", the "omm" of "comment").
 */
function emit(t: ScanTables, text: string, s: number, i: number): void {
  if (!rightBoundaryOk(text, i + 1)) return;
  const { fail, outLink, outList, outStart } = t.automaton;
  for (let o = outLink[s]!; o !== 0; o = outLink[fail[o]!]!) {
    const first = outStart[o]!;
    const last = outStart[o + 1]!;
    const reports = reportRoom(t, 2 * (last - first));
    let n = t.reportCount;
    for (let p = first; p < last; p++) {
      reports[n++] = outList[p]!;
      reports[n++] = i + 1;
    }
    t.reportCount = n;
  }
}

/** Whether a state with a full row (not the root), or one up its failure chain, has an edge by a symbol without a column. */
function hasRareEdges(t: ScanTables, s: number): boolean {
  let known = t.rareEdges[s]!;
  if (known === 0) {
    const a = t.automaton;
    let own = false;
    for (let e = a.edgeStart[s]!; e < a.edgeStart[s + 1]!; e++) if (a.edgeSymbol[e]! >= ROW_ESCAPE) own = true;
    // Failure states have lower ids and full rows too.
    const f = a.fail[s]!;
    known = own || (f !== 0 && hasRareEdges(t, f)) ? 1 : 2;
    t.rareEdges[s] = known;
  }
  return known === 1;
}

/**
 * The next state after `s` by symbol `c`, by the edges up the failure links while the states have no full rows, then
 * by the full row; for a symbol without a column (a rare letter, Han, Hangul), straight to the root's next state when
 * no state up the chain has an edge by such a symbol (most: Latin prefixes), rather than through every edge list.
 */
function slowStep(t: ScanTables, s: number, c: number): number {
  const a = t.automaton;
  const { denseStates, edgeStart, edgeSymbol, edgeTarget, fail } = a;
  let state = s;
  while (state >= denseStates) {
    const end = edgeStart[state + 1]!;
    for (let e = edgeStart[state]!; e < end; e++) if (edgeSymbol[e] === c) return edgeTarget[e]!;
    state = fail[state]!;
  }
  if (c < ROW_ESCAPE) return rowStep(a, state, c);
  return state !== 0 && hasRareEdges(t, state) ? step(a, state, c) : (a.root[c] ?? 0);
}

/** The next state after `s` by key symbol `c`: by the full row when `s` has one and `c` a column, else by the edges. */
function nextState(t: ScanTables, s: number, c: number): number {
  return s < t.automaton.denseStates && c < ROW_ESCAPE ? rowStep(t.automaton, s, c) : slowStep(t, s, c);
}

/** One step of the automaton by a symbol, reporting what ends there. */
function stepBy(t: ScanTables, text: string, s: number, c: number, i: number): number {
  const next = nextState(t, s, c);
  if (t.automaton.outLink[next] !== 0) emit(t, text, next, i);
  return next;
}

/** The state after a full stop that is a key character (no abbreviation's) in state `s`. */
function dotStep(t: ScanTables, s: number): number {
  const c = t.dotSymbol;
  // No key has one: back to the root (as advance).
  return c === 0 ? 0 : nextState(t, s, c);
}

/** Feeds the several key characters of text[i] (ß → ss, ﬁ → fi); returns the new state. */
function feedExpansion(t: ScanTables, text: string, s: number, i: number): number {
  const keys = charInfo(text.charCodeAt(i)).fold;
  let state = s;
  for (let x = 0; x < keys.length; x++) {
    const c = t.alphabet.get(keys.charCodeAt(x)) ?? 0;
    // Only the last one ends at a character boundary; a key ending inside "ss" is no match.
    if (x === keys.length - 1) state = c === 0 ? 0 : stepBy(t, text, state, c, i);
    else state = c === 0 ? 0 : slowStep(t, state, c);
  }
  return state;
}

/**
 * The state after text[i] in state `s` by the symbol tables (the slow path: any state, any code unit), reporting
 * what ends there; -1 when text[i] is a combining mark that must be composed first and `composed` is false.
 */
function advance(t: ScanTables, text: string, s: number, i: number, composed: boolean): number {
  const code = text.charCodeAt(i);
  let c = t.classOf[code]!;
  if (c === UNKNOWN) c = classify(t, code);
  if (c === DOT) c = isAbbreviationDot(text, i) ? GAP_SYMBOL : t.dotSymbol;
  else if (c === MARK) {
    if (afterLatin(text, i)) return s;
    if (!composed && needsComposition(text, i)) return -1;
    c = t.alphabet.get(code) ?? 0;
  } else if (c === EXPAND) return feedExpansion(t, text, s, i);
  if (c === GAP_SYMBOL) return s;
  // No pattern has it (NONE; 0 for a full stop that is no key character): back to the root.
  if (c < FIRST_KEY_SYMBOL) return 0;
  return stepBy(t, text, s, c, i);
}

/**
 * Runs the automaton over the folded key of `text` and calls `found(pattern, end)` for every occurrence of a
 * pattern's key, `end` being a UTF-16 offset of `text` (exclusive). Returns false, having stopped, when the text holds a
 * decomposed character that must be composed first (only when `composed` is false). See {@link scanText}.
 */
export function scan(text: string, t: ScanTables, composed: boolean, found: Found): boolean {
  if (!scanText(text, t, composed)) return false;
  const reports = t.reports;
  for (let k = 0; k < t.reportCount; k += 2) found(reports[k]!, reports[k + 1]!);
  return true;
}

/**
 * Runs the automaton over the folded key of `text` and leaves in `t.reports` every occurrence of a pattern's key where
 * a match may end (rules.ts `rightBoundaryOk`), as pairs (pattern, end), `end` a UTF-16 offset of `text`
 * (exclusive), in the order of their ends; `t.reportCount` is the pairs' length. Returns false, having stopped, when
 * the text holds a decomposed character that must be composed first (only when `composed` is false).
 *
 * The common step is two lookups: the code unit's column, then the entry of the current state's full row, which is
 * the offset of the next state's row (gaps lead back to the same row). Anything else (a pattern ends there, a state
 * without a full row, a rare or special code unit) is an exit (not a multiple of ROW_WIDTH) and takes the slow path.
 */
export function scanText(text: string, t: ScanTables, composed: boolean): boolean {
  t.reportCount = 0;
  const a = t.automaton;
  // Made at the first scan (classify reads it).
  const z = t.lazy ?? (t.lazy = lazyRows(a));
  // The white space that the scan skips after a line break without looking it up (see afterWhiteSpace), and the full
  // stop, which the loop steps by without the symbol tables (the walk back from a key's end reads its class), are
  // classified at the first scan (not when loading: the load's time is the extension's startup).
  if (t.classOf[NEWLINE] === UNKNOWN) for (const code of [...WHITE_SPACE, FULL_STOP]) classify(t, code);
  const { denseStates, edgeStart, edgeSymbol, edgeTarget, fail, outLink } = a;
  const { columnOf, classOf } = t;
  const { rows, slotOf, stateOf, hits, dotNext } = z;
  // Grown when a promotion numbers new exits.
  let exits = z.exits;
  const n = text.length;
  // Offset of the current state's full row.
  let r = 0;
  for (let i = 0; i < n; i++) {
    const v = rows[r + (columnOf[text.charCodeAt(i)]! ^ ROW_ESCAPE)]!;
    if ((v & ROW_ESCAPE) === 0) {
      r = v;
      continue;
    }
    let s: number;
    // The exit's index (automaton.ts exitIndex).
    const x = exits[v - (v >> ROW_SHIFT) - 1]!;
    if (x < 0) {
      // A line break and the white space after it: a gap, the state stays (and it has a full row).
      if (text.charCodeAt(i) === NEWLINE) {
        i = afterWhiteSpace(text, i + 1) - 1;
        continue;
      }
      if (text.charCodeAt(i) === FULL_STOP) {
        // A full stop (the end of most sentences): dropped in an abbreviation, else a step by its symbol, which has
        // no column; that step is cached per row (by the symbol tables it walks up the failure chain's edges).
        if (isAbbreviationDot(text, i)) continue;
        const slot = r >> ROW_SHIFT;
        s = dotNext[slot]!;
        if (s < 0) s = dotNext[slot] = dotStep(t, stateOf[slot]!);
        if (outLink[s] !== 0) emit(t, text, s, i);
      } else {
        // A code unit of the escape column, or a step without an exit number: by the symbol tables.
        s = advance(t, text, stateOf[r >> ROW_SHIFT]!, i, composed);
        if (s < 0) return false;
      }
    } else {
      s = x >> 1;
      if ((x & 1) !== 0) emit(t, text, s, i);
    }
    // Deep in a name, states have no full rows: follow the edges until the state has one again.
    while (s >= denseStates && i + 1 < n) {
      if (slotOf[s] !== 0) break;
      // A deep state met often gets a row of its own (lazy-rows.ts).
      const h = (hits[s]! + 1) & 0xff;
      hits[s] = h;
      if (h === PROMOTE_AFTER && promote(a, z, s) !== 0) {
        exits = z.exits;
        break;
      }
      const c = classOf[text.charCodeAt(++i)]!;
      if (c >= FIRST_KEY_SYMBOL) {
        // The common case: the name goes on (most such states have one edge).
        const end = edgeStart[s + 1]!;
        let e = edgeStart[s]!;
        while (e < end && edgeSymbol[e] !== c) e++;
        if (e < end) s = edgeTarget[e]!;
        else {
          // It ends: on from the failure state, by its full row when it has one (one lookup, no walk up the links).
          s = slowStep(t, fail[s]!, c);
        }
        if (outLink[s] !== 0) emit(t, text, s, i);
      } else if (c === GAP_SYMBOL) {
        if (text.charCodeAt(i) === NEWLINE) i = afterWhiteSpace(text, i + 1) - 1;
      } else {
        s = advance(t, text, s, i, composed);
        if (s < 0) return false;
      }
    }
    r = (s < denseStates ? s : slotOf[s]!) << ROW_SHIFT;
  }
  return true;
}
