// The scanner's reports: right boundary checked once per position, and where a key's span starts.
import { describe, expect, it } from 'vitest';
import { compileTerms } from './matcher';
import { scan, scanTables, spanStart } from './scan';

function reports(names: string[], text: string) {
  const c = compileTerms(names.map((n, i) => ({ entityId: `e${i}`, text: n, lang: 'en' })));
  const tables = scanTables(c.automaton, c.alphabet);
  const out: { key: string; end: number; start: number; plain: boolean }[] = [];
  scan(text, tables, false, (p, end) => {
    const at = spanStart(tables, text, end, c.automaton.patternLength[p]!);
    out.push({ key: String.fromCharCode(...c.pattern(p).key), end, start: at >= 0 ? at : ~at, plain: at >= 0 });
  });
  return out;
}

describe('scan', () => {
  it('reports no key that ends inside a word of a spaced script', () => {
    expect(reports(['un'], 'under un funny')).toEqual([{ key: 'un', end: 8, start: 6, plain: true }]);
  });

  it('says where a key starts, and whether its span is one key character per code unit', () => {
    // "Kim Jong Un": the spaces are gaps, so the span is not plain.
    expect(reports(['Kim Jong Un'], 'see Kim Jong Un.')).toEqual([
      { key: 'kimjongun', end: 15, start: 4, plain: false },
    ]);
    // An abbreviation's full stop is dropped: "U.N" is not plain.
    expect(reports(['UN'], 'the U.N said')).toEqual([{ key: 'un', end: 7, start: 4, plain: false }]);
    // ß expands to two key characters.
    expect(reports(['Strasse'], 'die Straße')).toEqual([{ key: 'strasse', end: 10, start: 4, plain: false }]);
    expect(reports(['Strasse'], 'die Strasse')).toEqual([{ key: 'strasse', end: 11, start: 4, plain: true }]);
  });

  it('steps through states without full rows, rare characters and gaps alike', () => {
    // Long names leave the full rows (1,024 likeliest states) behind; CJK and Hangul are beyond the rows' columns.
    const names = Array.from({ length: 300 }, (_, i) => `name${i.toString(36)} of the company number ${i}`);
    names.push('朝鮮民主主義人民共和国', '조선민주주의인민공화국');
    const text = `x name2s of the company number 100, name2s of  the company number 100; 朝鮮民主主義人民共和国 조선민주주의인민공화국은`;
    expect(reports(names, text).map((r) => r.key)).toEqual([
      'name2softhecompanynumber100',
      'name2softhecompanynumber100',
      '朝鮮民主主義人民共和国',
      '조선민주주의인민공화국',
    ]);
  });

  it('steps by characters without a column of the full rows from states with and without such edges', () => {
    // 80 Han characters after "q": the rarest are beyond the rows' 63 columns ("q" has edges by them, "zz" none).
    const han = (k: number) => String.fromCharCode(0x4e00 + k);
    const names = Array.from({ length: 80 }, (_, k) => `q${han(k)}`);
    names.push(`${han(79)}${han(78)}`, 'zz');
    const text = `zz ${han(79)}${han(78)} q${han(79)} q${han(5)} zz${han(79)}`;
    expect(reports(names, text).map((r) => r.key)).toEqual(['zz', `${han(79)}${han(78)}`, `q${han(79)}`, `q${han(5)}`]);
  });

  it('steps by full stops, key characters or dropped in abbreviations, in whatever state the scan is', () => {
    const names = ['Office No. 39', 'No. 39', 'UN', 'U.S. Treasury', 'Kim'];
    const text = 'the U.N. and Office No. 39. No.39 of U.S. Treasury; Kim. Kim.. UN. office no 39 U.S.Treasury.';
    const keys = reports(names, text).map((r) => `${r.key}@${r.end}`);
    expect(keys).toEqual([
      `un@${text.indexOf('N. and') + 1}`,
      `officeno.39@${text.indexOf('39.')! + 2}`,
      `no.39@${text.indexOf('39.')! + 2}`,
      `no.39@${text.indexOf('No.39') + 5}`,
      `ustreasury@${text.indexOf('Treasury;') + 8}`,
      `kim@${text.indexOf('Kim.') + 3}`,
      `kim@${text.indexOf('Kim..') + 3}`,
      `un@${text.indexOf('UN.') + 2}`,
      `ustreasury@${text.lastIndexOf('Treasury') + 8}`,
    ]);
  });

  it('finds where a key with a full stop starts when that full stop is the first one the tables meet', () => {
    // Fresh tables for each text: the full stop has not been classified by an earlier scan.
    expect(reports(['5.24 measures'], 'The 5.24 measures were imposed.')).toEqual([
      { key: '5.24measures', end: 17, start: 4, plain: false },
    ]);
    expect(reports(['No. 39'], 'Office No. 39 said.')).toEqual([{ key: 'no.39', end: 13, start: 7, plain: false }]);
  });

  it('keeps its state across a line break and the white space after it, in and out of the full rows', () => {
    const names = Array.from({ length: 300 }, (_, i) => `name${i.toString(36)} of the company number ${i}`);
    names.push('Kim Jong Un', 'UN');
    const text = 'x\n\n    UN\n\t\r\n  Kim\n    Jong\n\t Un\nname2s of\n      the company\n\n number 100\n';
    const at = (s: string) => text.indexOf(s);
    const after = (s: string) => text.indexOf(s) + s.length;
    expect(reports(names, text).map((r) => [r.key, r.start, r.end])).toEqual([
      ['un', at('UN'), after('UN')],
      ['kimjongun', at('Kim'), after('Un')],
      ['un', at('Un'), after('Un')],
      ['name2softhecompanynumber100', at('name2s'), after('100')],
    ]);
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
