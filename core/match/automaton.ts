// An Aho–Corasick automaton over small integer symbols, in flat typed arrays (fast to scan, to copy and to serialize).

/** log2 of the width of a full row: symbols below 128 (the common letters, when numbered by frequency). */
export const DENSE_SHIFT = 8;
/** Symbols below this have full rows in the busiest states. */
export const DENSE_WIDTH = 1 << DENSE_SHIFT;

/** The compiled automaton: a trie with failure links and, per state, the patterns that end there. */
export interface Automaton {
  /** Number of symbols; symbol 0 is "anything else" and never in a pattern. */
  symbols: number;
  /** Number of states; state 0 is the root. */
  states: number;
  /** A symbol that leaves the state as it is (the gaps between words), or -1. */
  transparent: number;
  /**
   * States 0..denseStates-1 (the root and the busiest shallow states) have full rows: `dense[(s << DENSE_SHIFT) + c]`
   * is, for each symbol c below DENSE_WIDTH, the next state times two plus one if a pattern ends there (failure
   * links resolved), so that one lookup is one step and tells whether to report.
   */
  denseStates: number;
  /** 16-bit when the states allow it (half the cache), else 32-bit. */
  dense: Uint16Array | Int32Array;
  /** The root's next state for each symbol (0 when no pattern starts with it). */
  root: Int32Array;
  /** Edges of state s are [edgeStart[s], edgeStart[s + 1]), sorted by symbol. */
  edgeStart: Int32Array;
  edgeSymbol: Int32Array;
  edgeTarget: Int32Array;
  /** Longest proper suffix of a state's string that is also a state. */
  fail: Int32Array;
  /** Nearest state in the failure chain (itself included) where a pattern ends, or 0. */
  outLink: Int32Array;
  /** Patterns ending exactly at state s are outList[outStart[s], outStart[s + 1]). */
  outStart: Int32Array;
  outList: Int32Array;
  /** Length in symbols of each pattern. */
  patternLength: Int32Array;
}

/** The state after reading `symbol` in state `state`, following failure links. */
export function step(a: Automaton, state: number, symbol: number): number {
  if (symbol === a.transparent) return state;
  let s = state;
  for (;;) {
    if (s < a.denseStates && symbol < DENSE_WIDTH) return a.dense[(s << DENSE_SHIFT) + symbol]! >> 1;
    if (s === 0) return a.root[symbol] ?? 0;
    const end = a.edgeStart[s + 1]!;
    for (let e = a.edgeStart[s]!; e < end; e++) {
      if (a.edgeSymbol[e] === symbol) return a.edgeTarget[e]!;
    }
    s = a.fail[s]!;
  }
}

/** Calls `emit(pattern, endIndex)` for every pattern occurrence in `symbols` (all of them, overlaps included). */
export function runAutomaton(a: Automaton, symbols: ArrayLike<number>, emit: (pattern: number, end: number) => void) {
  let s = 0;
  for (let i = 0; i < symbols.length; i++) {
    s = step(a, s, symbols[i]!);
    for (let o = a.outLink[s]!; o !== 0; o = a.outLink[a.fail[o]!]!) {
      for (let k = a.outStart[o]!; k < a.outStart[o + 1]!; k++) emit(a.outList[k]!, i + 1);
    }
  }
}

/** Options for {@link buildAutomaton}. */
export interface AutomatonOptions {
  /** At most this many states get full rows (the root always does). */
  maxDenseStates?: number;
  /** States this shallow get a full row when entered by a symbol below DENSE_WIDTH (wide states always do). */
  denseDepth?: number;
  /** A symbol, in no pattern, that leaves the state as it is. */
  transparent?: number;
}

/**
 * Builds the automaton for `patterns` (each a list of symbols in 1..symbols-1; number the symbols by frequency so
 * that the common ones are below DENSE_WIDTH). Pattern ids are their indices; equal patterns end at the same state.
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
  let count = 1;
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id]!;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
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

  // 2. Breadth-first order (so depth never decreases); the busy states first in the final numbering.
  const bfs = new Int32Array(states);
  const depth = new Int32Array(states);
  const fanout = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = bfs[head]!;
    for (let t = firstChild[s]!; t !== -1; t = nextSibling[t]!) {
      depth[t] = depth[s]! + 1;
      fanout[s]!++;
      bfs[tail++] = t;
    }
  }
  const maxDense = options.maxDenseStates ?? 4096;
  const denseDepth = options.denseDepth ?? 3;
  const id = new Int32Array(states).fill(-1);
  let next = 0;
  for (let n = 0; n < states && next < maxDense; n++) {
    const t = bfs[n]!;
    const busy = fanout[t]! >= 4 || (symbolOf[t]! < DENSE_WIDTH && depth[t]! <= denseDepth && fanout[t]! > 0);
    if (t === 0 || busy) id[t] = next++;
  }
  const denseCount = next;
  for (let n = 0; n < states; n++) if (id[bfs[n]!] === -1) id[bfs[n]!] = next++;

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

  // 4. Failure and output links, breadth first; then the full rows, each from its failure state's row.
  const a: Automaton = {
    symbols,
    states,
    transparent: options.transparent ?? -1,
    denseStates: 0,
    dense:
      states * 2 <= 0xffff ? new Uint16Array(denseCount << DENSE_SHIFT) : new Int32Array(denseCount << DENSE_SHIFT),
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
  fillDenseRows(a, denseCount);
  return a;
}

/** Fills the full rows of states 0..count-1 (shallow first, so a row's failure state has its row already). */
export function fillDenseRows(a: Automaton, count: number): void {
  const { dense, fail, outLink, edgeStart, edgeSymbol, edgeTarget } = a;
  for (let s = 0; s < count; s++) {
    const row = s << DENSE_SHIFT;
    const f = fail[s]!;
    if (s === 0) {
      for (let c = 0; c < DENSE_WIDTH && c < a.symbols; c++)
        dense[c] = (a.root[c]! << 1) | (outLink[a.root[c]!]! ? 1 : 0);
    } else if (f < s) {
      dense.copyWithin(row, f << DENSE_SHIFT, (f + 1) << DENSE_SHIFT);
    } else {
      for (let c = 0; c < DENSE_WIDTH; c++) dense[row + c] = (step(a, f, c) << 1) | (outLink[step(a, f, c)]! ? 1 : 0);
    }
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const c = edgeSymbol[e]!;
      if (c < DENSE_WIDTH) dense[row + c] = (edgeTarget[e]! << 1) | (outLink[edgeTarget[e]!]! ? 1 : 0);
    }
    if (a.transparent >= 0 && a.transparent < DENSE_WIDTH) dense[row + a.transparent] = s << 1;
    a.denseStates = s + 1;
  }
}
