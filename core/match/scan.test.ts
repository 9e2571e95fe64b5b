// The scanner's reports: right boundary checked once per position, and where the plain (gap-free) run begins.
import { describe, expect, it } from 'vitest';
import { compileTerms } from './matcher';
import { newClassTable, scan } from './scan';

function reports(names: string[], text: string) {
  const c = compileTerms(names.map((n, i) => ({ entityId: `e${i}`, text: n, lang: 'en' })));
  const tables = { automaton: c.automaton, alphabet: c.alphabet, classOf: newClassTable() };
  const out: { key: string; end: number; plainFrom: number }[] = [];
  scan(text, tables, false, (p, end, plainFrom) => out.push({ key: c.pattern(p).key, end, plainFrom }));
  return out;
}

describe('scan', () => {
  it('reports no key that ends inside a word of a spaced script', () => {
    expect(reports(['un'], 'under un funny')).toEqual([{ key: 'un', end: 8, plainFrom: 6 }]);
  });

  it('says where the run of one-key-character code units began', () => {
    // "Kim Jong Un": the spaces are gaps, so the plain run starts after the last one.
    expect(reports(['Kim Jong Un'], 'see Kim Jong Un.')).toEqual([{ key: 'kimjongun', end: 15, plainFrom: 13 }]);
    // An abbreviation's full stop is dropped: the plain run starts after it, so "U.N" (end - 2 < 6) is not plain.
    expect(reports(['UN'], 'the U.N said')).toEqual([{ key: 'un', end: 7, plainFrom: 6 }]);
    // ß expands to two key characters: what follows it is plain, it is not.
    expect(reports(['Strasse'], 'die Straße')).toEqual([{ key: 'strasse', end: 10, plainFrom: 9 }]);
  });
});

describe('plain spans skip the check only when nothing can differ', () => {
  it('still checks gaps and case on gap-free spans', async () => {
    const { createMatcher } = await import('./matcher');
    const m = createMatcher([
      { entityId: 'kju', text: 'Kim Jong Un', lang: 'en' },
      { entityId: 'un', text: 'UN', lang: 'en', caseSensitive: true },
      { entityId: 'komid', text: 'KOMID', lang: 'en' },
    ]);
    const ids = (t: string) => m.find(t).map((x) => `${x.entityId}:${t.slice(x.start, x.end)}`);
    expect(ids('KimJongUn met un envoy')).toEqual([]);
    expect(ids('Kim Jong Un at the UN; komid and KOMID')).toEqual([
      'kju:Kim Jong Un',
      'un:UN',
      'komid:komid',
      'komid:KOMID',
    ]);
  });
});
