// A compiled matcher as plain JSON, so that it can be built once and loaded quickly.
//
// The automaton's arrays are JSON arrays of numbers: JSON.parse reads them natively and Int32Array.from copies them
// natively, whereas base64 (format version 1) had to be decoded by a JavaScript loop, which a fresh page runs in the
// interpreter (measured with scripts/bench-match.ts, fresh processes: load 76 ms with base64).
import { withFullRows, type AutomatonCore } from './automaton';
import { AUTOMATON_ARRAYS, narrowed } from './int-arrays';
import { codeUnits, type CompiledMatcher, type MatcherTerm, type Pattern } from './matcher';
import type { KeyForm } from './normalize';
import { termKey } from './term-key';
import { isPlainPattern } from './rules';

/** The format version of {@link SerializedMatcher}; loading another version throws. */
export const SERIALIZED_MATCHER_VERSION = 2;

/** A compiled matcher as JSON-safe data. */
export interface SerializedMatcher {
  version: typeof SERIALIZED_MATCHER_VERSION;
  terms: MatcherTerm[];
  /** Per pattern: term index, key, gaps (one digit each), check form or "", check key, trailing dot (1 or 0). */
  patterns: [number, string, string, string, string, number][];
  /** Key characters in symbol order (the first has symbol `firstSymbol`). */
  alphabet: string;
  firstSymbol: number;
  automaton: {
    symbols: number;
    states: number;
    transparent: number;
    denseStates: number;
    /** The automaton's arrays, by name. */
    arrays: Record<string, number[]>;
  };
}

const ARRAYS = AUTOMATON_ARRAYS;

function digits(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) - 48;
  return out;
}

/** A compiled matcher as JSON-safe data (see {@link deserializeCompiled}). */
export function serializeCompiled(c: CompiledMatcher): SerializedMatcher {
  const a = c.automaton;
  const bySymbol = [...c.alphabet].sort((x, y) => x[1] - y[1]);
  const arrays: Record<string, number[]> = {};
  for (const name of ARRAYS) arrays[name] = Array.from(a[name]);
  return {
    version: SERIALIZED_MATCHER_VERSION,
    terms: Array.from({ length: c.termCount }, (_, i) => c.term(i)),
    patterns: Array.from({ length: c.patternCount }, (_, i) => {
      const p = c.pattern(i);
      return [
        p.term,
        String.fromCharCode(...p.key),
        Array.from(p.gaps).join(''),
        p.check ?? '',
        String.fromCharCode(...p.checkKey),
        p.trailingDot ? 1 : 0,
      ];
    }),
    alphabet: String.fromCharCode(...bySymbol.map(([code]) => code)),
    firstSymbol: bySymbol[0]?.[1] ?? 0,
    automaton: {
      symbols: a.symbols,
      states: a.states,
      transparent: a.transparent,
      denseStates: a.denseStates,
      arrays,
    },
  };
}

/**
 * The compiled matcher back from {@link serializeCompiled}'s data.
 * @throws Error when the data is of another format version
 */
export function deserializeCompiled(data: SerializedMatcher): CompiledMatcher {
  if (data.version !== SERIALIZED_MATCHER_VERSION) {
    throw new Error(`Serialized matcher version ${String(data.version)}, expected ${SERIALIZED_MATCHER_VERSION}`);
  }
  const x = data.automaton;
  const int = (name: (typeof ARRAYS)[number]) => {
    const values = x.arrays[name];
    if (!Array.isArray(values)) throw new Error(`Serialized matcher: array ${name} is missing`);
    return narrowed(Int32Array.from(values));
  };
  const core: AutomatonCore = {
    symbols: x.symbols,
    states: x.states,
    transparent: x.transparent,
    denseStates: x.denseStates,
    root: int('root'),
    edgeStart: int('edgeStart'),
    edgeSymbol: int('edgeSymbol'),
    edgeTarget: int('edgeTarget'),
    fail: int('fail'),
    outLink: int('outLink'),
    outStart: int('outStart'),
    outList: int('outList'),
    patternLength: int('patternLength'),
  };
  // The full rows are a pure function of the rest, and quicker to recompute than to decode.
  const automaton = withFullRows(core);
  const alphabet = new Map<number, number>();
  for (let i = 0; i < data.alphabet.length; i++) alphabet.set(data.alphabet.charCodeAt(i), data.firstSymbol + i);
  // Patterns are made on first use: a page finds a few dozen of the thousands, and making them all would cost more
  // than the rest of loading in a fresh page's interpreter.
  const made: (Pattern | undefined)[] = new Array<Pattern | undefined>(data.patterns.length);
  const pattern = (index: number): Pattern => {
    const done = made[index];
    if (done) return done;
    const [term, key, gaps, check, checkKey, trailingDot] = data.patterns[index]!;
    const rules = digits(gaps);
    const form = check === '' ? null : (check as KeyForm);
    const p = {
      term,
      key: codeUnits(key),
      gaps: rules,
      check: form,
      checkKey: codeUnits(checkKey),
      trailingDot: trailingDot === 1,
      plain: isPlainPattern(form, rules),
    };
    made[index] = p;
    return p;
  };
  return {
    termCount: data.terms.length,
    term: (index) => data.terms[index]!,
    termKey: (index) => termKey(data.terms[index]!),
    patternCount: data.patterns.length,
    pattern,
    automaton,
    alphabet,
  };
}
