// An Aho–Corasick automaton over small integer symbols, in flat typed arrays (fast to scan, to copy and to serialize).
import { narrowedAutomaton, type IntArray } from './int-arrays';

/** log2 of the width of a full row. */
export const ROW_SHIFT = 6;
/**
 * Columns of a full row: symbols below ROW_ESCAPE (the common key characters, when numbered by frequency) have their
 * own column; the last column, ROW_ESCAPE, is for every other code unit (see scan.ts).
 */
export const ROW_WIDTH = 1 << ROW_SHIFT;
/** The column of code units that the full rows do not cover (rare symbols, full stops, marks, expansions). */
export const ROW_ESCAPE = ROW_WIDTH - 1;

/** The compiled automaton: a trie with failure links and, per state, the patterns that end there. */
export interface Automaton {
  /** Number of symbols; symbol 0 is "anything else" and never in a pattern. */
  symbols: number;
  /** Number of states; state 0 is the root. */
  states: number;
  /** A symbol that leaves the state as it is (the gaps between words), or -1. */
  transparent: number;
  /**
   * States 0..denseStates-1 (the root and the likeliest states) have full rows, a deterministic automaton over
   * columns 0..ROW_WIDTH-1, of 16-bit entries (half the cache of 32-bit ones): `rows[(s << ROW_SHIFT) + c]` is, when
   * the next state t is also a full-row state and no pattern ends there, `t << ROW_SHIFT`, the offset of its row (one
   * lookup per step), a multiple of ROW_WIDTH; any other entry is an exit (see {@link exitIndex}).
   */
  denseStates: number;
  rows: Uint16Array;
  /**
   * Exits of the full rows: `(t << 1) | out` for a step to state t, `out` = 1 when a pattern ends in t; or -1 (index
   * 0, and the ROW_ESCAPE column): look the symbol up (rare symbols, or more distinct exits than 16 bits can number).
   */
  exits: Int32Array;
  /** The root's next state for each symbol (0 when no pattern starts with it). */
  root: IntArray;
  /** Edges of state s are [edgeStart[s], edgeStart[s + 1]), sorted by symbol. */
  edgeStart: IntArray;
  edgeSymbol: IntArray;
  edgeTarget: IntArray;
  /** Longest proper suffix of a state's string that is also a state. */
  fail: IntArray;
  /** Nearest state in the failure chain (itself included) where a pattern ends, or 0. */
  outLink: IntArray;
  /** Patterns ending exactly at state s are outList[outStart[s], outStart[s + 1]). */
  outStart: IntArray;
  outList: IntArray;
  /** Length in symbols of each pattern. */
  patternLength: IntArray;
}

/** The state after reading `symbol` in state `state`, following failure links (full rows are not used). */
export function step(a: AutomatonCore, state: number, symbol: number): number {
  if (symbol === a.transparent) return state;
  let s = state;
  for (;;) {
    if (s === 0) return a.root[symbol] ?? 0;
    const end = a.edgeStart[s + 1]!;
    for (let e = a.edgeStart[s]!; e < end; e++) {
      if (a.edgeSymbol[e] === symbol) return a.edgeTarget[e]!;
    }
    s = a.fail[s]!;
  }
}

/** The index in `exits` of a full row's entry that is no row offset (not a multiple of ROW_WIDTH). */
export function exitIndex(v: number): number {
  return v - (v >> ROW_SHIFT) - 1;
}

/** The full row entry of exit index `x` (the inverse of {@link exitIndex}). */
export function exitEntry(x: number): number {
  return Math.floor(x / ROW_ESCAPE) * ROW_WIDTH + (x % ROW_ESCAPE) + 1;
}

/** Exit indices that 16-bit entries can hold: every value that is not a multiple of ROW_WIDTH. */
export const MAX_EXITS = 0x10000 - 0x10000 / ROW_WIDTH;
/** The most full-row states whose row offsets fit in 16 bits. */
export const MAX_DENSE_STATES = 0x10000 >> ROW_SHIFT;

/** The next state by the full row of `state` (< denseStates) for a symbol below ROW_ESCAPE. */
export function rowStep(a: Automaton, state: number, symbol: number): number {
  const v = a.rows[(state << ROW_SHIFT) + symbol]!;
  if ((v & ROW_ESCAPE) === 0) return v >> ROW_SHIFT;
  const x = a.exits[exitIndex(v)]!;
  return x >= 0 ? x >> 1 : step(a, state, symbol);
}

/** Calls `emit(pattern, endIndex)` for every pattern occurrence in `symbols` (all of them, overlaps included). */
export function runAutomaton(a: Automaton, symbols: ArrayLike<number>, emit: (pattern: number, end: number) => void) {
  let s = 0;
  for (let i = 0; i < symbols.length; i++) {
    const c = symbols[i]!;
    s = s < a.denseStates && c < ROW_ESCAPE ? rowStep(a, s, c) : step(a, s, c);
    for (let o = a.outLink[s]!; o !== 0; o = a.outLink[a.fail[o]!]!) {
      for (let k = a.outStart[o]!; k < a.outStart[o + 1]!; k++) emit(a.outList[k]!, i + 1);
    }
  }
}

/** Options for {@link buildAutomaton}. */
export interface AutomatonOptions {
  /** At most this many states get full rows (the root always does). */
  maxDenseStates?: number;
  /** A symbol, in no pattern, that leaves the state as it is. */
  transparent?: number;
  /** At most this many exits of the full rows get a number (for tests: the others are looked up). */
  maxExits?: number;
}

/**
 * Full-row states by default: 896 rows of 64 two-byte entries, 112 KiB, chosen by likelihood; the other 128 of the
 * 1,024 rows that 16-bit entries address are left for the deep states that texts enter often (lazy-rows.ts).
 */
const DEFAULT_DENSE_STATES = 896;

/**
 * Builds the automaton for `patterns` (each a list of symbols in 1..symbols-1; number the symbols by frequency so
 * that the common ones are below ROW_ESCAPE). Pattern ids are their indices; equal patterns end at the same state.
 *
 * The states with full rows are the likeliest ones in a text made of the patterns' characters at their frequency
 * in the patterns: the root, the common first letters, then common letter pairs and so on (on the benchmark's
 * texts the 1,024 likeliest of 28,000 states take 85–95% of the steps). A state's failure state is a suffix of it,
 * hence at least as likely, so the set is closed under failure links and each row copies its failure state's row.
 */
export function buildAutomaton(
  patterns: ArrayLike<number>[],
  symbols: number,
  options: AutomatonOptions = {},
): Automaton {
  // 1. The trie with temporary ids: children as linked lists (the root's in an array), pattern ends likewise.
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const symbolOf = new Int32Array(capacity);
  const rootChild = new Int32Array(symbols).fill(-1);
  const endHead = new Int32Array(capacity).fill(-1);
  const endNext = new Int32Array(patterns.length).fill(-1);
  const patternLength = new Int32Array(patterns.length);
  const frequency = new Float64Array(symbols);
  let total = 0;
  let count = 1;
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id]!;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
      frequency[c]!++;
      total++;
      let t = s === 0 ? rootChild[c]! : firstChild[s]!;
      if (s !== 0) while (t !== -1 && symbolOf[t] !== c) t = nextSibling[t]!;
      if (t === -1) {
        t = count++;
        symbolOf[t] = c;
        if (s === 0) rootChild[c] = t;
        nextSibling[t] = firstChild[s]!;
        firstChild[s] = t;
      }
      s = t;
    }
    patternLength[id] = p.length;
    if (p.length > 0) {
      endNext[id] = endHead[s]!;
      endHead[s] = id;
    }
  }
  const states = count;

  // 2. Breadth-first order (so depth never decreases) and each state's likelihood.
  const bfs = new Int32Array(states);
  const likelihood = new Float64Array(states);
  const fanout = new Int32Array(states);
  likelihood[0] = 1;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = bfs[head]!;
    for (let t = firstChild[s]!; t !== -1; t = nextSibling[t]!) {
      likelihood[t] = (likelihood[s]! * frequency[symbolOf[t]!]!) / total;
      fanout[s]!++;
      bfs[tail++] = t;
    }
  }
  // The likeliest states (ties: breadth-first order) get full rows and the lowest ids, in breadth-first order.
  const maxDense = Math.max(1, Math.min(states, MAX_DENSE_STATES, options.maxDenseStates ?? DEFAULT_DENSE_STATES));
  // The threshold by a native numeric sort (a comparator function would cost more than the rest of the build).
  const sorted = likelihood.slice().sort();
  const threshold = sorted[states - maxDense]!;
  let above = 0;
  for (let n = 0; n < states; n++) if (likelihood[n]! > threshold) above++;
  let ties = maxDense - above;
  const chosen = new Uint8Array(states);
  for (let n = 0; n < states; n++) {
    const l = likelihood[bfs[n]!]!;
    if (l > threshold || (l === threshold && ties-- > 0)) chosen[n] = 1;
  }
  const id = new Int32Array(states).fill(-1);
  let next = 0;
  for (let n = 0; n < states; n++) if (chosen[n]) id[bfs[n]!] = next++;
  const denseCount = next;
  // The other states depth first: a name's deep states one after the other, as the scan walks them (their edges,
  // outputs and per-state entries share cache lines rather than one line per step).
  const stack = new Int32Array(states);
  let top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const s = stack[--top]!;
    if (id[s] === -1) id[s] = next++;
    for (let t = firstChild[s]!; t !== -1; t = nextSibling[t]!) stack[top++] = t;
  }

  // 3. Edges (CSR) and outputs under the final ids.
  const edgeStart = new Int32Array(states + 1);
  const outStart = new Int32Array(states + 1);
  for (let t = 0; t < states; t++) {
    edgeStart[id[t]! + 1] = fanout[t]!;
    for (let p = endHead[t]!; p !== -1; p = endNext[p]!) outStart[id[t]! + 1]!++;
  }
  for (let s = 0; s < states; s++) {
    edgeStart[s + 1]! += edgeStart[s]!;
    outStart[s + 1]! += outStart[s]!;
  }
  const edgeSymbol = new Int32Array(states - 1);
  const edgeTarget = new Int32Array(states - 1);
  const outList = new Int32Array(outStart[states]!);
  const root = new Int32Array(symbols);
  for (let t = 0; t < states; t++) {
    let e = edgeStart[id[t]!]!;
    for (let c = firstChild[t]!; c !== -1; c = nextSibling[c]!) {
      edgeSymbol[e] = symbolOf[c]!;
      edgeTarget[e++] = id[c]!;
      if (t === 0) root[symbolOf[c]!] = id[c]!;
    }
    let o = outStart[id[t]!]!;
    for (let p = endHead[t]!; p !== -1; p = endNext[p]!) outList[o++] = p;
  }

  // 4. Failure and output links, breadth first; then the full rows.
  const a: AutomatonCore = {
    symbols,
    states,
    transparent: options.transparent ?? -1,
    denseStates: denseCount,
    root,
    edgeStart,
    edgeSymbol,
    edgeTarget,
    fail: new Int32Array(states),
    outLink: new Int32Array(states),
    outStart,
    outList,
    patternLength,
  };
  for (let n = 0; n < states; n++) {
    const s = id[bfs[n]!]!;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const child = edgeTarget[e]!;
      const f = s === 0 ? 0 : step(a, a.fail[s]!, edgeSymbol[e]!);
      a.fail[child] = f;
      a.outLink[child] = outStart[child + 1]! > outStart[child]! ? child : a.outLink[f]!;
    }
  }
  return withFullRows(narrowedAutomaton(a), options.maxExits);
}

/** An automaton without its full rows (see {@link withFullRows}). */
export type AutomatonCore = Omit<Automaton, 'rows' | 'exits'>;

/**
 * The automaton with the full rows of states 0..denseStates-1 (failure states have lower ids, so their rows come
 * first; a row starts as a copy of its failure state's). `maxExits` (for tests) caps the exits numbered.
 */
export function withFullRows(core: AutomatonCore, maxExits = MAX_EXITS): Automaton {
  const { fail, edgeStart, edgeSymbol, edgeTarget, outLink, denseStates } = core;
  if (denseStates > MAX_DENSE_STATES) throw new Error('Automaton: too many full-row states');
  const rows = new Uint16Array(denseStates << ROW_SHIFT);
  const exits = [-1];
  const exitOf = new Map<number, number>();
  const lookUp = exitEntry(0);
  /** A full row's entry for a step to state `t`. */
  const entry = (t: number): number => {
    const out = outLink[t] !== 0 ? 1 : 0;
    if (t < denseStates && out === 0) return t << ROW_SHIFT;
    const x = (t << 1) | out;
    let index = exitOf.get(x);
    if (index === undefined) {
      if (exits.length >= Math.min(maxExits, MAX_EXITS)) return lookUp;
      index = exits.length;
      exits.push(x);
      exitOf.set(x, index);
    }
    return exitEntry(index);
  };
  for (let s = 0; s < denseStates; s++) {
    const row = s << ROW_SHIFT;
    const f = fail[s]!;
    if (s === 0) {
      for (let c = 0; c < ROW_ESCAPE; c++) rows[c] = c < core.symbols ? entry(core.root[c]!) : 0;
    } else {
      if (f >= s) throw new Error('Automaton: a full-row state fails to a later state');
      rows.copyWithin(row, f << ROW_SHIFT, (f + 1) << ROW_SHIFT);
      for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
        const c = edgeSymbol[e]!;
        if (c < ROW_ESCAPE) rows[row + c] = entry(edgeTarget[e]!);
      }
    }
    // A gap leaves the state as it is, without reporting again.
    if (core.transparent >= 0 && core.transparent < ROW_ESCAPE) rows[row + core.transparent] = s << ROW_SHIFT;
    rows[row + ROW_ESCAPE] = lookUp;
  }
  return { ...core, rows, exits: Int32Array.from(exits) };
}
