// A serialized matcher loads back and finds exactly what the compiled one finds.
import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../kb/starter';
import { createMatcher, deserializeMatcher, serializeMatcher, termsOf } from './matcher';

const terms = [
  ...termsOf(STARTER_ENTITIES),
  { entityId: 'russia', text: 'Россия', lang: 'ru' },
  { entityId: 'pyongyang', text: 'Pjöngjang', lang: 'de' },
];
const options = { contextEntityIds: ['north-korea'] };
const text =
  'North Korea (DPRK) and Россией; the Panel of Experts; 북한은 안보리가; Pjoengjang; the dprk; U.N. Security Council';

describe('serializeMatcher / deserializeMatcher', () => {
  it('round-trips through JSON with the same matches', () => {
    const data = JSON.parse(JSON.stringify(serializeMatcher(terms))) as ReturnType<typeof serializeMatcher>;
    const loaded = deserializeMatcher(data, options);
    const expected = createMatcher(terms, options).find(text);
    expect(expected.length).toBeGreaterThan(5);
    expect(loaded.find(text)).toEqual(expected);
    expect(loaded.size).toBe(terms.length);
  });

  it('refuses another format version', () => {
    const data = { ...serializeMatcher(terms), version: 99 } as unknown as ReturnType<typeof serializeMatcher>;
    expect(() => deserializeMatcher(data)).toThrow(/version 99/);
  });

  it('refuses data whose arrays are missing', () => {
    const data = serializeMatcher(terms);
    const broken = { ...data, automaton: { ...data.automaton, arrays: { ...data.automaton.arrays, fail: undefined } } };
    expect(() => deserializeMatcher(broken as unknown as typeof data)).toThrow(/array fail is missing/);
  });
});
