// Full rows grown per matcher for the deep states that texts enter often (as RE2's lazy DFA): a copy of the rows.
import * as automatonModule from './automaton';
import type { Automaton } from './automaton';

const { exitEntry, MAX_DENSE_STATES, MAX_EXITS, ROW_ESCAPE, ROW_SHIFT, ROW_WIDTH, step } = automatonModule;

/** Deep steps in a state before it gets a full row of its own. */
export const PROMOTE_AFTER = 8;

/**
 * The scanner's own full rows: the automaton's, then rows for deep states (without full rows of their own in the
 * automaton) that the scans met at least {@link PROMOTE_AFTER} times, in the row slots that 16-bit entries can still
 * address (automaton.ts MAX_DENSE_STATES). A lazy row is a cache: the steps are the automaton's all the same.
 */
export interface LazyRows {
  rows: Uint16Array;
  exits: Int32Array;
  exitCount: number;
  /** Per state: its row slot when it has a lazy row, else 0 (no deep state has slot 0, the root's). */
  slotOf: Uint16Array;
  /** Per row slot: its state. */
  stateOf: Int32Array;
  /** Row slots in use. */
  slots: number;
  /** Per state: deep steps in it so far (up to PROMOTE_AFTER). */
  hits: Uint8Array;
  /** Per exit's state and output bit `(t << 1) | out`: its exit index, once numbered. */
  exitOf: Map<number, number>;
  /**
   * Per symbol: 1 when it has no column (>= ROW_ESCAPE), starts no pattern and no state with a full row (nor any up
   * its failure chain) has an edge by it, so that it leads from every full row to the root, like a code unit in no
   * pattern: the scanner gives it column 0 rather than the escape column. (Han, Hangul and rarer Cyrillic letters met
   * only inside names: a fifth of the escapes on a multilingual page.) Deep states with such an edge get no lazy row.
   */
  rootOnly: Uint8Array;
  /** Per row slot: the state after a full stop that is a key character (scan.ts), or -1 until met. */
  dotNext: Int32Array;
}

/** The symbols that lead from every full-row state to the root (see {@link LazyRows.rootOnly}). */
function rootOnlySymbols(a: Automaton): Uint8Array {
  const out = new Uint8Array(a.symbols);
  for (let c = ROW_ESCAPE; c < a.symbols; c++) if (a.root[c] === 0) out[c] = 1;
  // Full-row states' failure states have full rows too: their own edges are all there is to check.
  for (let e = 0; e < a.edgeStart[a.denseStates]!; e++) out[a.edgeSymbol[e]!] = 0;
  return out;
}

/** Whether deep state `p` or a state up its failure chain has an edge by a {@link LazyRows.rootOnly} symbol. */
function hasRootOnlyEdge(a: Automaton, z: LazyRows, p: number): boolean {
  for (let s = p; s !== 0; s = a.fail[s]!) {
    for (let e = a.edgeStart[s]!; e < a.edgeStart[s + 1]!; e++) if (z.rootOnly[a.edgeSymbol[e]!] === 1) return true;
  }
  return false;
}

/** Lazy rows for `a`, starting as a copy of its full rows (none grown yet). */
export function lazyRows(a: Automaton): LazyRows {
  // No more rows than states (a small automaton, e.g. the user's own names, needs no 128 KiB).
  const rows = new Uint16Array(Math.min(MAX_DENSE_STATES, a.states) << ROW_SHIFT);
  rows.set(a.rows);
  const exits = new Int32Array(Math.max(a.exits.length * 2, 64));
  exits.set(a.exits);
  const exitOf = new Map<number, number>();
  for (let x = 1; x < a.exits.length; x++) if (!exitOf.has(a.exits[x]!)) exitOf.set(a.exits[x]!, x);
  const stateOf = new Int32Array(MAX_DENSE_STATES);
  for (let s = 0; s < a.denseStates; s++) stateOf[s] = s;
  return {
    rows,
    exits,
    exitCount: a.exits.length,
    slotOf: new Uint16Array(a.states),
    stateOf,
    slots: a.denseStates,
    hits: new Uint8Array(a.states),
    exitOf,
    rootOnly: rootOnlySymbols(a),
    dotNext: new Int32Array(MAX_DENSE_STATES).fill(-1),
  };
}

/** The exit index of a step to state `t` (output bit `out`), numbered when new; 0 (look it up) when out of numbers. */
function exitNumber(z: LazyRows, t: number, out: number): number {
  const key = (t << 1) | out;
  let index = z.exitOf.get(key);
  if (index === undefined) {
    if (z.exitCount >= MAX_EXITS) return 0;
    if (z.exitCount === z.exits.length) {
      const grown = new Int32Array(z.exits.length * 2);
      grown.set(z.exits);
      z.exits = grown;
    }
    index = z.exitCount++;
    z.exits[index] = key;
    z.exitOf.set(key, index);
  }
  return index;
}

/** The row entry for a step to state `t`: its row's offset when it has a row and no pattern ends there, else an exit. */
function entryFor(a: Automaton, z: LazyRows, t: number): number {
  const out = a.outLink[t] !== 0 ? 1 : 0;
  if (out === 0) {
    if (t < a.denseStates) return t << ROW_SHIFT;
    if (z.slotOf[t] !== 0) return z.slotOf[t]! << ROW_SHIFT;
  }
  return exitEntry(exitNumber(z, t, out));
}

/**
 * The symbol by which the trie enters state `p` (its key's last symbol), or -1 for the root: the edge into it, found
 * from its parent, which is numbered before it (deep states depth first: most often the state just before).
 */
export function lastSymbol(a: Automaton, p: number): number {
  for (let q = p - 1; q >= 0; q--) {
    for (let e = a.edgeStart[q]!; e < a.edgeStart[q + 1]!; e++) if (a.edgeTarget[e] === p) return a.edgeSymbol[e]!;
  }
  return -1;
}

/**
 * Gives deep state `p` a row in the next free slot (when one is left): its entries by the automaton's steps, and the
 * entries of every row that stepped to `p` by an exit now lead to its row. Returns the slot, or 0.
 */
export function promote(a: Automaton, z: LazyRows, p: number): number {
  if (z.slots << ROW_SHIFT >= z.rows.length || a.outLink[p] !== 0 || hasRootOnlyEdge(a, z, p)) return 0;
  const slot = z.slots++;
  z.slotOf[p] = slot;
  z.stateOf[slot] = p;
  const rows = z.rows;
  const row = slot << ROW_SHIFT;
  // Entries of the rows before it that stepped to p by an exit (no pattern ends in p) lead to its row now. Every
  // step into p is by its last symbol: only that column can hold them (none when the symbol has no column).
  const index = z.exitOf.get(p << 1);
  const c = index === undefined ? -1 : lastSymbol(a, p);
  if (c >= 0 && c < ROW_ESCAPE) {
    const old = exitEntry(index!);
    for (let k = c; k < row; k += ROW_WIDTH) if (rows[k] === old) rows[k] = row;
  }
  for (let c = 0; c < ROW_ESCAPE; c++) {
    if (c === a.transparent) rows[row + c] = row;
    else if (c === 0 || c >= a.symbols) rows[row + c] = 0;
    else rows[row + c] = entryFor(a, z, step(a, p, c));
  }
  rows[row + ROW_ESCAPE] = exitEntry(0);
  return slot;
}
