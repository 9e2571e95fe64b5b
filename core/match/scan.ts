// The hot loop: folds a text code unit by code unit and runs the automaton over it, reporting candidate matches.
import { DENSE_SHIFT, DENSE_WIDTH, step, type Automaton } from './automaton';
import { charFlags, charInfo, FLAG_LATIN, isAbbreviationDot, KIND_DOT, KIND_KEY, KIND_MARK } from './normalize';
import { rightBoundaryOk } from './rules';

/** Longest key (in key characters) that a pattern may have. */
export const MAX_KEY_LENGTH = 1024;

/** Symbol of the gaps between words (whitespace, dashes, invisible characters): the state stays as it is. */
export const GAP_SYMBOL = 1;
/** The first symbol of key characters. */
export const FIRST_KEY_SYMBOL = 2;

// Entries of the per-matcher class table besides symbols (>= 0; 0 is "no pattern has this character").
const UNKNOWN = -1;
const DOT = -3;
const MARK = -4;
const EXPAND = -5;

/** What the scanner needs: the automaton and the symbol of each key character. */
export interface ScanTables {
  automaton: Automaton;
  /** Symbol of each key character (a UTF-16 code unit of the folded key). */
  alphabet: Map<number, number>;
  /** Per code unit of the text: its symbol or one of the special entries above; filled lazily. */
  classOf: Int32Array;
}

/** Makes the lazily filled class table of a matcher. */
export function newClassTable(): Int32Array {
  return new Int32Array(0x10000).fill(UNKNOWN);
}

function classify(t: ScanTables, code: number): number {
  const info = charInfo(code);
  let cls: number;
  if (info.kind === KIND_KEY) {
    cls = info.fold.length === 1 ? (t.alphabet.get(info.fold.charCodeAt(0)) ?? 0) : EXPAND;
  } else if (info.kind === KIND_DOT) cls = DOT;
  else if (info.kind === KIND_MARK) cls = MARK;
  else cls = GAP_SYMBOL;
  t.classOf[code] = cls;
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
  if (c >= FIRST_KEY_SYMBOL || c === 0) return 1;
  if (c === DOT) return isAbbreviationDot(text, j) ? 0 : 1;
  if (c === MARK) return afterLatin(text, j) ? 0 : 1;
  if (c === EXPAND) return charInfo(text.charCodeAt(j)).fold.length;
  return 0;
}

/** Where a key of `length` key characters that ends with text[end - 1] starts (walking back over gaps). */
export function startOf(t: ScanTables, text: string, end: number, length: number): number {
  let count = 0;
  let j = end;
  while (count < length && j > 0) count += keyCount(t, text, --j);
  return j;
}

/**
 * Receives a candidate: a pattern's key found ending at `end` (exclusive), where a match may end (rules.ts
 * `rightBoundaryOk`). From `plainFrom` to `end` every code unit of the text was exactly one key character (no gap,
 * dropped full stop or mark, expansion): when the key fits in there it starts at `end - length`, and the text's
 * folded span equals the key; otherwise {@link startOf} tells where it starts.
 */
export type Found = (pattern: number, end: number, plainFrom: number) => void;

/**
 * Reports the patterns that end in state `s`, the key's last character being text[i]. The right word boundary depends
 * only on the text there, not on the pattern, so it is checked once for them all (it rules out most candidates: the
 * "un" of "under", the "omm" of "comment").
 */
function emit(t: ScanTables, text: string, s: number, i: number, plainFrom: number, found: Found): void {
  if (!rightBoundaryOk(text, i + 1)) return;
  const a = t.automaton;
  for (let o = a.outLink[s]!; o !== 0; o = a.outLink[a.fail[o]!]!) {
    for (let p = a.outStart[o]!; p < a.outStart[o + 1]!; p++) {
      const pattern = a.outList[p]!;
      found(pattern, i + 1, plainFrom);
    }
  }
}

/** Feeds the several key characters of text[i] (ß → ss, ﬁ → fi); returns the new state. */
function feedExpansion(t: ScanTables, text: string, s: number, i: number, found: Found): number {
  const plainFrom = i + 1;
  const keys = charInfo(text.charCodeAt(i)).fold;
  let state = s;
  for (let x = 0; x < keys.length; x++) {
    const c = t.alphabet.get(keys.charCodeAt(x)) ?? 0;
    state = c === 0 ? 0 : step(t.automaton, state, c);
    // Only the last one ends at a character boundary; a key ending inside "ss" is no match.
    if (x === keys.length - 1 && t.automaton.outLink[state] !== 0) emit(t, text, state, i, plainFrom, found);
  }
  return state;
}

/**
 * Runs the automaton over the folded key of `text` and calls `found(pattern, end)` for every occurrence of a
 * pattern's key, `end` being a UTF-16 offset of `text` (exclusive). Returns false, having stopped, when the text holds a
 * decomposed character that must be composed first (only when `composed` is false).
 *
 * The common step is one lookup in a full row, whose entry also says whether a pattern ends there; gaps leave the
 * state as it is.
 */
export function scan(text: string, t: ScanTables, composed: boolean, found: Found): boolean {
  const a = t.automaton;
  const { root, edgeStart, edgeSymbol, edgeTarget, fail, outLink, dense, denseStates } = a;
  const shift = DENSE_SHIFT;
  const width = DENSE_WIDTH;
  const classOf = t.classOf;
  const dotSymbol = t.alphabet.get(0x2e) ?? 0;
  const n = text.length;
  let s = 0;
  // Offset after the last code unit that was not exactly one key character.
  let plainFrom = 0;
  for (let i = 0; i < n; i++) {
    let c = classOf[text.charCodeAt(i)]!;
    if (c <= GAP_SYMBOL) {
      if (c === UNKNOWN) c = classify(t, text.charCodeAt(i));
      if (c === DOT) {
        c = isAbbreviationDot(text, i) ? GAP_SYMBOL : dotSymbol;
      } else if (c === MARK) {
        if (!afterLatin(text, i) && !composed && needsComposition(text, i)) return false;
        c = afterLatin(text, i) ? GAP_SYMBOL : (t.alphabet.get(text.charCodeAt(i)) ?? 0);
      } else if (c === EXPAND) {
        s = feedExpansion(t, text, s, i, found);
        plainFrom = i + 1;
        continue;
      }
      if (c === GAP_SYMBOL) {
        // Runs of whitespace (page indentation) in a tight loop: the state stays as it is.
        while (i + 1 < n && classOf[text.charCodeAt(i + 1)] === GAP_SYMBOL) i++;
        plainFrom = i + 1;
        continue;
      }
      if (c === 0) {
        s = 0;
        continue;
      }
    }
    if (s < denseStates && c < width) {
      const next = dense[(s << shift) + c]!;
      s = next >> 1;
      if ((next & 1) !== 0) emit(t, text, s, i, plainFrom, found);
      continue;
    }
    for (;;) {
      if (s < denseStates && c < width) {
        s = dense[(s << shift) + c]! >> 1;
        break;
      }
      if (s === 0) {
        s = root[c]!;
        break;
      }
      const end = edgeStart[s + 1]!;
      let e = edgeStart[s]!;
      while (e < end && edgeSymbol[e] !== c) e++;
      if (e < end) {
        s = edgeTarget[e]!;
        break;
      }
      s = fail[s]!;
    }
    if (outLink[s] !== 0) emit(t, text, s, i, plainFrom, found);
  }
  return true;
}

/** A text composed to NFC where it held decomposed characters, with each of its offsets' place in the original. */
export interface Composed {
  text: string;
  /** Original offset where the code unit at each offset (and one past the end) starts. */
  starts: Int32Array;
  /** Original offset where the code unit at each offset ends. */
  ends: Int32Array;
}

/** Composes `text` to NFC one base-plus-marks sequence at a time, keeping the map back to the original. */
export function compose(text: string): Composed {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && charInfo(text.charCodeAt(j)).kind === KIND_MARK) j++;
    const seg = j - i > 1 ? text.slice(i, j).normalize('NFC') : text[i]!;
    for (let u = 0; u < seg.length; u++) {
      starts.push(seg.length === j - i ? i + u : i);
      ends.push(seg.length === j - i ? i + u + 1 : j);
    }
    parts.push(seg);
    i = j;
  }
  starts.push(text.length);
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
