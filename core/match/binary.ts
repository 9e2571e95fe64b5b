// A compiled matcher as one binary buffer: typed-array views over it, nothing decoded but what a page finds.
//
// Layout (little-endian, every section 4-byte aligned): a header of 16 int32 (magic, format version, byte length,
// checksum of everything after the header, the automaton's scalars, counts), a directory of (offset, length, element
// width) per section in the order of SECTIONS, then the sections. Integer sections are 16-bit when every value fits
// (the shipped dictionary's 27,793 states do), else 32-bit: a dictionary grown past 65,535 states loads all the same.
// Loading checks the header, the directory and the checksum, and makes views: no per-element decoding. The
// automaton's full rows are stored too (in fresh processes, reading them costs less than recomputing them). Terms and
// patterns are decoded on first use (a page finds a few dozen of thousands); entity ids and languages are stored once
// each. Chosen over JSON (format of serialize.ts) by measurement in fresh processes, where JSON.parse of the 1.2 MB
// alone took 22–29 ms (scripts/bench-match.ts). Format version 1 (all 32-bit, 1.18 MB for the shipped dictionary
// against 0.75 MB) is refused: rebuild.
import { MAX_DENSE_STATES, ROW_SHIFT, type Automaton, type AutomatonCore } from './automaton';
import type { IntArray } from './int-arrays';
import {
  checksum,
  packGaps,
  poolOffset,
  poolUnits,
  PoolWriter,
  unpackGaps,
  viewOf,
  widthFor,
  WIDTHS,
  type Kind,
  type Pool,
} from './binary-parts';
import { codeUnits, type CompiledMatcher, type MatcherTerm, type Pattern } from './matcher';
import type { KeyForm } from './normalize';
import { isPlainPattern } from './rules';

/** "SLMB" read as a little-endian int32. */
const MAGIC = 0x424d4c53;
/** The binary format's version; loading another version throws. */
export const BINARY_MATCHER_VERSION = 2;

const HEADER_INTS = 16;
const H_MAGIC = 0;
const H_VERSION = 1;
const H_BYTES = 2;
const H_CHECKSUM = 3;
const H_SYMBOLS = 4;
const H_STATES = 5;
const H_TRANSPARENT = 6;
const H_DENSE = 7;
const H_TERMS = 8;
const H_PATTERNS = 9;
const H_SECTIONS = 10;

/** The sections, in order, with their element type. */
const SECTIONS = [
  ['root', 'int'],
  ['edgeStart', 'int'],
  ['edgeSymbol', 'int'],
  ['edgeTarget', 'int'],
  ['fail', 'int'],
  ['outLink', 'int'],
  ['outStart', 'int'],
  ['outList', 'int'],
  ['patternLength', 'int'],
  /** Per pattern: its term. */
  ['patternTerm', 'int'],
  /** Pattern p's key is text p of the key pool (binary-pools.ts); its gap rules start at its offset there. */
  ['keyStart8', 'int'],
  ['keyStart16', 'int'],
  ['keys8', 'u8'],
  ['keys16', 'u16'],
  ['checkStart', 'int'],
  ['checkKeys', 'u16'],
  /** Gap rules, four to a byte. */
  ['gaps', 'u8'],
  /** Distinct strings (entity ids, names, languages), a text pool. */
  ['stringStart8', 'int'],
  ['stringStart16', 'int'],
  ['strings8', 'u8'],
  ['strings16', 'u16'],
  /** Term t's entity id, text and language are the strings termStrings[3t + k], k = 0, 1, 2. */
  ['termStrings', 'int'],
  /** Key characters in symbol order (the first has the symbol in the header's ALPHABET_BASE_INDEX). */
  ['alphabet', 'u16'],
  /** The automaton's full rows and their exits (automaton.ts), stored: cheaper to read than to recompute. */
  ['rows', 'u16'],
  ['exits', 'i32'],
  ['patternFlags', 'u8'],
  /** Per term: its termKey (term-key.ts) as two int32, high then low. */
  ['termKeys', 'i32'],
  /** Per term: 1 case-sensitive | 2 ambiguous | 4 has a language. */
  ['termFlags', 'u8'],
] as const satisfies readonly (readonly [string, Kind])[];
type SectionName = (typeof SECTIONS)[number][0];
type KindOf<N> = Extract<(typeof SECTIONS)[number], readonly [N, Kind]>[1];
type ViewOf<K> = K extends 'int' ? IntArray : K extends 'i32' ? Int32Array : K extends 'u16' ? Uint16Array : Uint8Array;
type Views = { [N in SectionName]: ViewOf<KindOf<N>> };
const FORMS: (KeyForm | null)[] = [null, 'case', 'marks', 'exact'];
/** The alphabet's first symbol (symbols below are "none" and the gap). */
const ALPHABET_BASE_INDEX = 11;
/** Ints per section in the directory: offset, length, element width in bytes. */
const DIR_INTS = 3;

/** Thrown for data that is not a matcher of this format: another version, truncated or corrupt. */
export class MatcherFormatError extends Error {
  constructor(message: string) {
    super(`Binary matcher: ${message}`);
    this.name = 'MatcherFormatError';
  }
}

/** The compiled matcher as one buffer (see the layout above). */
export function matcherToBinary(c: CompiledMatcher): Uint8Array {
  const a = c.automaton;
  const keys = new PoolWriter();
  const checkKeys: number[] = [];
  const gaps: number[] = [];
  const checkStart = [0];
  const patternTerm: number[] = [];
  const patternFlags: number[] = [];
  for (let i = 0; i < c.patternCount; i++) {
    const p = c.pattern(i);
    keys.add(p.key);
    gaps.push(...p.gaps);
    checkKeys.push(...p.checkKey);
    checkStart.push(checkKeys.length);
    patternTerm.push(p.term);
    patternFlags.push(FORMS.indexOf(p.check) | (p.trailingDot ? 4 : 0));
  }
  const strings = new PoolWriter();
  const stringIndex = new Map<string, number>();
  const termStrings: number[] = [];
  const termFlags: number[] = [];
  const termKeys: number[] = [];
  const addString = (text: string) => {
    let k = stringIndex.get(text);
    if (k === undefined) {
      k = strings.add(codeUnits(text));
      stringIndex.set(text, k);
    }
    termStrings.push(k);
  };
  for (let t = 0; t < c.termCount; t++) {
    const term = c.term(t);
    addString(term.entityId);
    addString(term.text);
    addString(term.lang ?? '');
    const key = c.termKey(t);
    termKeys.push(Math.floor(key / 0x100000000), key | 0);
    termFlags.push(
      (term.caseSensitive === true ? 1 : 0) | (term.ambiguous === true ? 2 : 0) | (term.lang !== undefined ? 4 : 0),
    );
  }
  const bySymbol = [...c.alphabet].sort((x, y) => x[1] - y[1]);
  const data: Record<SectionName, ArrayLike<number>> = {
    root: a.root,
    edgeStart: a.edgeStart,
    edgeSymbol: a.edgeSymbol,
    edgeTarget: a.edgeTarget,
    fail: a.fail,
    outLink: a.outLink,
    outStart: a.outStart,
    outList: a.outList,
    patternLength: a.patternLength,
    patternTerm,
    keyStart8: keys.narrowStart,
    keyStart16: keys.wideStart,
    keys8: keys.narrow,
    keys16: keys.wide,
    checkStart,
    checkKeys,
    gaps: packGaps(gaps),
    stringStart8: strings.narrowStart,
    stringStart16: strings.wideStart,
    strings8: strings.narrow,
    strings16: strings.wide,
    termStrings,
    alphabet: bySymbol.map(([code]) => code),
    rows: a.rows,
    exits: a.exits,
    patternFlags,
    termKeys,
    termFlags,
  };
  const directoryInts = SECTIONS.length * DIR_INTS;
  let offset = (HEADER_INTS + directoryInts) * 4;
  const placed = SECTIONS.map(([name, kind]) => {
    const at = offset;
    const width = widthFor(kind, data[name]);
    offset += Math.ceil((data[name].length * width) / 4) * 4;
    return { name, width, at, length: data[name].length };
  });
  const buffer = new ArrayBuffer(offset);
  const ints = new Int32Array(buffer);
  ints.set([MAGIC, BINARY_MATCHER_VERSION, offset, 0, a.symbols, a.states, a.transparent, a.denseStates], 0);
  ints[H_TERMS] = c.termCount;
  ints[H_PATTERNS] = c.patternCount;
  ints[H_SECTIONS] = SECTIONS.length;
  ints[ALPHABET_BASE_INDEX] = bySymbol[0]?.[1] ?? 0;
  placed.forEach((s, i) => {
    ints.set([s.at, s.length, s.width], HEADER_INTS + DIR_INTS * i);
    viewOf(s.width, buffer, s.at, s.length).set(Array.from(data[s.name]));
  });
  ints[H_CHECKSUM] = checksum(new Int32Array(buffer, HEADER_INTS * 4));
  return new Uint8Array(buffer);
}

/**
 * The compiled matcher in `bytes` ({@link matcherToBinary}'s output), as views over them (copied once when they
 * are not 4-byte aligned).
 * @throws MatcherFormatError for another format version, a truncated buffer or corrupt data
 */
export function matcherFromBinary(bytes: Uint8Array | ArrayBuffer): CompiledMatcher {
  let view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.byteLength < HEADER_INTS * 4) throw new MatcherFormatError(`${view.byteLength} bytes is too short`);
  if (view.byteOffset % 4 !== 0) view = view.slice();
  const buffer = view.buffer as ArrayBuffer;
  const base = view.byteOffset;
  const header = new Int32Array(buffer, base, HEADER_INTS);
  if (header[H_MAGIC] !== MAGIC) throw new MatcherFormatError('not a matcher (wrong magic number)');
  if (header[H_VERSION] !== BINARY_MATCHER_VERSION) {
    throw new MatcherFormatError(
      `format version ${header[H_VERSION]}, expected ${BINARY_MATCHER_VERSION}: rebuild it (npm run build, or ` +
        'npx tsx scripts/kb-matchers.ts OUT_DIR)',
    );
  }
  const total = header[H_BYTES]!;
  if (total !== view.byteLength) throw new MatcherFormatError(`${view.byteLength} bytes, the header says ${total}`);
  if (header[H_SECTIONS] !== SECTIONS.length) throw new MatcherFormatError('wrong number of sections');
  if (checksum(new Int32Array(buffer, base + HEADER_INTS * 4, total / 4 - HEADER_INTS)) !== header[H_CHECKSUM]) {
    throw new MatcherFormatError('checksum mismatch (corrupt data)');
  }
  const dir = new Int32Array(buffer, base + HEADER_INTS * 4, SECTIONS.length * DIR_INTS);
  const s = {} as Views;
  const views = s as Record<SectionName, Int32Array | Uint16Array | Uint8Array>;
  SECTIONS.forEach(([name, kind], i) => {
    const at = dir[DIR_INTS * i]!;
    const length = dir[DIR_INTS * i + 1]!;
    const width = dir[DIR_INTS * i + 2]!;
    if (!WIDTHS[kind].includes(width)) throw new MatcherFormatError(`section ${name} has ${width}-byte elements`);
    if (at % 4 !== 0 || length < 0 || at + length * width > total) {
      throw new MatcherFormatError(`section ${name} is out of bounds`);
    }
    views[name] = viewOf(width, buffer, base + at, length);
  });
  const states = header[H_STATES]!;
  const termCount = header[H_TERMS]!;
  const patternCount = header[H_PATTERNS]!;
  if (
    s.fail.length !== states ||
    s.edgeStart.length !== states + 1 ||
    s.keyStart8.length !== patternCount + 1 ||
    s.keyStart16.length !== patternCount + 1 ||
    s.stringStart8.length !== s.stringStart16.length ||
    s.patternLength.length !== patternCount ||
    s.termStrings.length !== 3 * termCount ||
    s.termKeys.length !== 2 * termCount
  ) {
    throw new MatcherFormatError('section sizes do not agree with the header');
  }
  const core: AutomatonCore = {
    symbols: header[H_SYMBOLS]!,
    states,
    transparent: header[H_TRANSPARENT]!,
    denseStates: header[H_DENSE]!,
    root: s.root,
    edgeStart: s.edgeStart,
    edgeSymbol: s.edgeSymbol,
    edgeTarget: s.edgeTarget,
    fail: s.fail,
    outLink: s.outLink,
    outStart: s.outStart,
    outList: s.outList,
    patternLength: s.patternLength,
  };
  if (core.denseStates < 1 || core.denseStates > Math.min(states, MAX_DENSE_STATES)) {
    throw new MatcherFormatError('bad full-row count');
  }
  if (s.rows.length !== core.denseStates << ROW_SHIFT || s.exits.length < 1 || s.exits[0] !== -1) {
    throw new MatcherFormatError('bad full rows');
  }
  const automaton: Automaton = { ...core, rows: s.rows, exits: s.exits };
  const alphabet = new Map<number, number>();
  const first = header[ALPHABET_BASE_INDEX]!;
  for (let i = 0; i < s.alphabet.length; i++) alphabet.set(s.alphabet[i]!, first + i);

  const keys: Pool = { narrow: s.keys8, wide: s.keys16, narrowStart: s.keyStart8, wideStart: s.keyStart16 };
  const strings: Pool = {
    narrow: s.strings8,
    wide: s.strings16,
    narrowStart: s.stringStart8,
    wideStart: s.stringStart16,
  };
  const string = (k: number) => String.fromCharCode(...poolUnits(strings, s.termStrings[k]!));
  const terms: (MatcherTerm | undefined)[] = new Array<MatcherTerm | undefined>(termCount);
  const term = (t: number): MatcherTerm => {
    const done = terms[t];
    if (done) return done;
    const flags = s.termFlags[t]!;
    const made: MatcherTerm = { entityId: string(3 * t), text: string(3 * t + 1) };
    if (flags & 4) made.lang = string(3 * t + 2);
    if (flags & 1) made.caseSensitive = true;
    if (flags & 2) made.ambiguous = true;
    terms[t] = made;
    return made;
  };
  const patterns: (Pattern | undefined)[] = new Array<Pattern | undefined>(patternCount);
  const pattern = (p: number): Pattern => {
    const done = patterns[p];
    if (done) return done;
    const flags = s.patternFlags[p]!;
    const check = FORMS[flags & 3]!;
    const units = poolUnits(keys, p);
    const gaps = unpackGaps(s.gaps, poolOffset(keys, p), units.length);
    const made: Pattern = {
      term: s.patternTerm[p]!,
      gaps,
      key: units instanceof Uint16Array ? units : Uint16Array.from(units),
      check,
      checkKey: s.checkKeys.subarray(s.checkStart[p], s.checkStart[p + 1]),
      trailingDot: (flags & 4) !== 0,
      plain: isPlainPattern(check, gaps),
    };
    patterns[p] = made;
    return made;
  };
  const termKey = (t: number) => s.termKeys[2 * t]! * 0x100000000 + (s.termKeys[2 * t + 1]! >>> 0);
  return { termCount, term, termKey, patternCount, pattern, automaton, alphabet };
}
