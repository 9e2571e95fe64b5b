// Integer arrays of the automaton at 16 bits where their values fit, 32 bits otherwise (memory, file size, cache).
import type { AutomatonCore } from './automaton';

/**
 * An array of non-negative integers: 16-bit when every value fits (a dictionary of up to 65,535 states: half the
 * memory, half the file), 32-bit otherwise (see {@link narrowed}).
 */
export type IntArray = Int32Array | Uint16Array;

/** Whether every value is an integer in 0..65535. */
export function fitsIn16Bits(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (values[i]! >>> 0 > 0xffff) return false;
  return true;
}

/** `values` as a Uint16Array when they all fit in 16 bits without a sign, else as they are. */
export function narrowed(values: IntArray): IntArray {
  return values instanceof Uint16Array || !fitsIn16Bits(values) ? values : Uint16Array.from(values);
}

/** The automaton's arrays besides the full rows, each 16-bit when it fits (see {@link IntArray}). */
export const AUTOMATON_ARRAYS = [
  'root',
  'edgeStart',
  'edgeSymbol',
  'edgeTarget',
  'fail',
  'outLink',
  'outStart',
  'outList',
  'patternLength',
] as const;

/** The automaton with each of its {@link AUTOMATON_ARRAYS} 16-bit where it fits. */
export function narrowedAutomaton(a: AutomatonCore): AutomatonCore {
  const out = { ...a };
  for (const name of AUTOMATON_ARRAYS) out[name] = narrowed(a[name]);
  return out;
}
