// spanFit: the span's start with its gaps checked, the unfit answer, and the hand-over of other spans to spanMatches.
import { describe, expect, it } from 'vitest';
import { compileTerms } from './matcher';
import { scan, scanTables } from './scan';
import { SPAN_UNFIT, spanFit } from './span-fit';

function fits(name: string, text: string): number[] {
  const c = compileTerms([{ entityId: 'e', text: name, lang: 'en' }]);
  const tables = scanTables(c.automaton, c.alphabet);
  const out: number[] = [];
  scan(text, tables, false, (p, end) => out.push(spanFit(tables, text, end, c.pattern(p).gaps)));
  return out;
}

describe('spanFit', () => {
  it('gives the start of a simple span whose gaps fit', () => {
    expect(fits('Kim Jong Un', 'see Kim Jong-un')).toEqual([4]);
    expect(fits('Kim Jong Un', 'see Kim\n  Jong \u200bUn')).toEqual([4]);
    expect(fits('Pyongyang', 'in Pyong-yang')).toEqual([3]);
  });

  it('says unfit when a gap does not fit', () => {
    expect(fits('Kim Jong Un', 'see KimJong Un')).toEqual([SPAN_UNFIT]);
    expect(fits('Pyongyang', 'in Pyong yang')).toEqual([SPAN_UNFIT]);
  });

  it('hands other spans (full stops, expansions) over as the complement of their start', () => {
    expect(fits('UN', 'the U.N said')).toEqual([~4]);
    expect(fits('Strasse', 'die Straße')).toEqual([~4]);
  });
});
