// A compiled matcher as plain JSON (typed arrays in base64), so that it can be built once and loaded in a few ms.
import { DENSE_SHIFT, fillDenseRows, type Automaton } from './automaton';
import type { CompiledMatcher, MatcherTerm, Pattern } from './matcher';
import type { KeyForm } from './normalize';
import { isPlainPattern } from './rules';

/** The format version of {@link SerializedMatcher}; loading another version throws. */
export const SERIALIZED_MATCHER_VERSION = 1;

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
    dense16: boolean;
    /** Base64 of the little-endian arrays, by name. */
    arrays: Record<string, string>;
  };
}

const ARRAYS = [
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

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Base64 of bytes (no padding needed: lengths are multiples of 4 bytes, padded to 3 with zeros). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Bytes of a base64 string made by {@link toBase64}, `length` of them. */
export function fromBase64(text: string, length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(length / 3) * 3);
  for (let i = 0, o = 0; i < text.length; i += 4, o += 3) {
    const n =
      (B64_INDEX[text.charCodeAt(i)]! << 18) |
      (B64_INDEX[text.charCodeAt(i + 1)]! << 12) |
      (B64_INDEX[text.charCodeAt(i + 2)]! << 6) |
      B64_INDEX[text.charCodeAt(i + 3)]!;
    out[o] = n >> 16;
    out[o + 1] = (n >> 8) & 255;
    out[o + 2] = n & 255;
  }
  return out.subarray(0, length);
}

function encode(array: Int32Array | Uint16Array): string {
  return `${array.length}:${toBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength))}`;
}

function decode(text: string, width: 2 | 4): Int32Array | Uint16Array {
  const colon = text.indexOf(':');
  const length = Number(text.slice(0, colon));
  const bytes = fromBase64(text.slice(colon + 1), length * width);
  const copy = new Uint8Array(length * width);
  copy.set(bytes);
  return width === 2 ? new Uint16Array(copy.buffer) : new Int32Array(copy.buffer);
}

function digits(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) - 48;
  return out;
}

/** A compiled matcher as JSON-safe data (see {@link deserializeCompiled}). */
export function serializeCompiled(c: CompiledMatcher): SerializedMatcher {
  const a = c.automaton;
  const bySymbol = [...c.alphabet].sort((x, y) => x[1] - y[1]);
  const arrays: Record<string, string> = {};
  for (const name of ARRAYS) arrays[name] = encode(a[name]);
  return {
    version: SERIALIZED_MATCHER_VERSION,
    terms: c.terms,
    patterns: c.patterns.map((p) => [
      p.term,
      p.key,
      Array.from(p.gaps).join(''),
      p.check ?? '',
      p.checkKey,
      p.trailingDot ? 1 : 0,
    ]),
    alphabet: String.fromCharCode(...bySymbol.map(([code]) => code)),
    firstSymbol: bySymbol[0]?.[1] ?? 0,
    automaton: {
      symbols: a.symbols,
      states: a.states,
      transparent: a.transparent,
      denseStates: a.denseStates,
      dense16: a.dense instanceof Uint16Array,
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
  const int = (name: (typeof ARRAYS)[number]) => decode(x.arrays[name] ?? '0:', 4) as Int32Array;
  const automaton: Automaton = {
    symbols: x.symbols,
    states: x.states,
    transparent: x.transparent,
    denseStates: 0,
    dense: x.dense16 ? new Uint16Array(x.denseStates << DENSE_SHIFT) : new Int32Array(x.denseStates << DENSE_SHIFT),
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
  fillDenseRows(automaton, x.denseStates);
  const alphabet = new Map<number, number>();
  for (let i = 0; i < data.alphabet.length; i++) alphabet.set(data.alphabet.charCodeAt(i), data.firstSymbol + i);
  const patterns: Pattern[] = data.patterns.map(([term, key, gaps, check, checkKey, trailingDot]) => {
    const rules = digits(gaps);
    const form = check === '' ? null : (check as KeyForm);
    return {
      term,
      key,
      gaps: rules,
      check: form,
      checkKey,
      trailingDot: trailingDot === 1,
      plain: isPlainPattern(form, rules),
    };
  });
  return { terms: data.terms, patterns, automaton, alphabet };
}
