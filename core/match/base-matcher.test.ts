// A precompiled base plus the terms it lacks finds what one matcher compiled from all the terms finds.
import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../kb/starter';
import { matcherWithBase } from './base-matcher';
import { matcherFromBinary, matcherToBinary } from './binary';
import { compileTerms, createMatcher, termsOf, type MatcherTerm } from './matcher';
import { termKey } from './term-key';

const shipped = termsOf(STARTER_ENTITIES);
const base = matcherFromBinary(matcherToBinary(compileTerms(shipped)));
const options = { contextEntityIds: ['north-korea'] };
const text =
  'North Korea and the DPRK; the Panel of Experts met the Blue Lantern crew; MSMT and the Monitoring Team; 북한은';
const ids = (terms: MatcherTerm[]) => {
  const { matcher, use } = matcherWithBase(base, terms, options);
  return { found: matcher.find(text), use };
};

describe('matcherWithBase', () => {
  it('reuses the whole base when the terms are the base’s', () => {
    const { found, use } = ids(shipped);
    expect(found).toEqual(createMatcher(shipped, options).find(text));
    expect(use).toEqual({ baseTerms: shipped.length, reused: shipped.length, disabled: 0, compiled: 0 });
  });

  it('compiles only the user’s own names, and finds them with the base’s', () => {
    const terms = [
      ...shipped,
      { entityId: 'user-vessel', text: 'Blue Lantern', lang: 'en' },
      { entityId: 'msmt', text: 'Monitoring Team', lang: 'en' },
    ];
    const { found, use } = ids(terms);
    expect(use.compiled).toBe(2);
    expect(found).toEqual(createMatcher(terms, options).find(text));
    expect(found.map((m) => m.entityId)).toEqual(expect.arrayContaining(['user-vessel', 'msmt', 'north-korea']));
  });

  it('switches off the base’s names that the knowledge base no longer has', () => {
    const withoutDprk = shipped.filter((t) => t.text !== 'DPRK');
    const { found, use } = ids(withoutDprk);
    expect(use.disabled).toBe(shipped.length - withoutDprk.length);
    expect(found).toEqual(createMatcher(withoutDprk, options).find(text));
    expect(found.map((m) => text.slice(m.start, m.end))).not.toContain('DPRK');
  });

  it('treats a term with other flags as another term', () => {
    const t = shipped[0]!;
    expect(termKey({ ...t })).toBe(termKey(t));
    expect(termKey({ ...t, ambiguous: !t.ambiguous })).not.toBe(termKey(t));
    expect(termKey({ ...t, lang: 'xx' })).not.toBe(termKey(t));
    expect(termKey({ ...t, entityId: `${t.entityId}2` })).not.toBe(termKey(t));
  });

  it('compiles everything without a base', () => {
    const { matcher, use } = matcherWithBase(null, shipped, options);
    expect(use.compiled).toBe(shipped.length);
    expect(matcher.find(text)).toEqual(createMatcher(shipped, options).find(text));
  });
});
