// A serialized matcher loads back and finds exactly what the compiled one finds.
import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../kb/starter';
import { createMatcher, deserializeMatcher, serializeMatcher, termsOf } from './matcher';
import { fromBase64, toBase64 } from './serialize';

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

  it('base64 round-trips any bytes', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 255);
      expect(Array.from(fromBase64(toBase64(bytes), length))).toEqual(Array.from(bytes));
    }
  });
});
