// The binary form of a matcher loads back and finds what the compiled one finds; bad data is refused clearly.
import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../kb/starter';
import { seededRandom } from '../seeded-random';
import { BINARY_MATCHER_VERSION, MatcherFormatError, matcherFromBinary, matcherToBinary } from './binary';
import { compileTerms, createMatcher, matcherFrom, termsOf } from './matcher';

const terms = [
  ...termsOf(STARTER_ENTITIES),
  { entityId: 'russia', text: 'Россия', lang: 'ru' },
  { entityId: 'pyongyang', text: 'Pjöngjang', lang: 'de' },
  { entityId: 'straße', text: 'Hauptstraße', lang: 'de' },
];
const options = { contextEntityIds: ['north-korea'] };
const text =
  'North Korea (DPRK) and Россией; the Panel of Experts; 북한은 안보리가; Pjoengjang; the dprk; U.N. Security Council; ' +
  'die Hauptstrasse';
const bytes = matcherToBinary(compileTerms(terms));

describe('matcherToBinary / matcherFromBinary', () => {
  it('round-trips with the same matches, terms and patterns', () => {
    const loaded = matcherFromBinary(bytes);
    const expected = createMatcher(terms, options).find(text);
    expect(expected.length).toBeGreaterThan(6);
    expect(matcherFrom(loaded, options).find(text)).toEqual(expected);
    const fresh = compileTerms(terms);
    expect(loaded.termCount).toBe(terms.length);
    for (let t = 0; t < terms.length; t++) expect(loaded.term(t)).toEqual(fresh.term(t));
    for (let p = 0; p < fresh.patternCount; p++) expect(loaded.pattern(p)).toEqual(fresh.pattern(p));
    expect(loaded.automaton.rows).toEqual(fresh.automaton.rows);
    expect(loaded.automaton.exits).toEqual(fresh.automaton.exits);
  });

  it('loads from an ArrayBuffer and from a view at an unaligned offset', () => {
    const expected = createMatcher(terms).find(text);
    const copy = bytes.slice();
    expect(matcherFrom(matcherFromBinary(copy.buffer)).find(text)).toEqual(expected);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(matcherFrom(matcherFromBinary(shifted.subarray(1))).find(text)).toEqual(expected);
  });

  it('refuses another format version, such as the 32-bit version 1, asking for a rebuild', () => {
    for (const version of [1, BINARY_MATCHER_VERSION + 1]) {
      const other = bytes.slice();
      new DataView(other.buffer).setInt32(4, version, true);
      expect(() => matcherFromBinary(other)).toThrow(MatcherFormatError);
      expect(() => matcherFromBinary(other)).toThrow(`format version ${version}, expected ${BINARY_MATCHER_VERSION}`);
      expect(() => matcherFromBinary(other)).toThrow(/rebuild/);
    }
  });

  it('stores the automaton in 16 bits when it fits, in 32 bits when the dictionary outgrows that', () => {
    expect(matcherFromBinary(bytes).automaton.fail).toBeInstanceOf(Uint16Array);
    // About 69,000 states: names of two made-up words each, with the small dictionary's names.
    const random = seededRandom(7);
    const word = () => Array.from({ length: 6 }, () => 'abcdefghijklmnoprstuvz'[Math.floor(random() * 22)]).join('');
    const made = Array.from({ length: 7000 }, (_, i) => ({ entityId: `made-${i}`, text: `${word()} ${word()}` }));
    const large = [...terms, ...made];
    const compiled = compileTerms(large);
    expect(compiled.automaton.states).toBeGreaterThan(0xffff);
    const wide = matcherToBinary(compiled);
    const loaded = matcherFromBinary(wide);
    expect(loaded.automaton.fail).toBeInstanceOf(Int32Array);
    expect(loaded.automaton.states).toBe(compiled.automaton.states);
    const page = `${text}; ${made[6999]!.text.toUpperCase()}, ${made[3]!.text} and ${made[70]!.text.replace(' ', '-')}`;
    const expected = createMatcher(large, options).find(page);
    expect(expected.filter((m) => m.entityId.startsWith('made-'))).toHaveLength(3);
    expect(matcherFrom(loaded, options).find(page)).toEqual(expected);
    const corrupt = wide.slice();
    corrupt[wide.length - 100]! ^= 1;
    expect(() => matcherFromBinary(corrupt)).toThrow(/checksum mismatch/);
  });

  it('refuses truncated data, other files and corrupt data', () => {
    expect(() => matcherFromBinary(bytes.subarray(0, bytes.length - 8))).toThrow(/bytes, the header says/);
    expect(() => matcherFromBinary(bytes.subarray(0, 10))).toThrow(/too short/);
    expect(() =>
      matcherFromBinary(new TextEncoder().encode(JSON.stringify({ version: 2, terms, patterns: [] }))),
    ).toThrow(/wrong magic/);
    const corrupt = bytes.slice();
    corrupt[Math.floor(corrupt.length / 2)]! ^= 0x10;
    expect(() => matcherFromBinary(corrupt)).toThrow(/checksum mismatch/);
  });
});
