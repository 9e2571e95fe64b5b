// Leftmost-longest selection, match ends, and the allocation-free span check.
import { describe, expect, it } from 'vitest';
import { codeUnits } from './matcher';
import { keyOf } from './normalize';
import { termGaps } from './rules';
import { extendMatchEnd, selectLeftmostLongest, type Candidate } from './select';
import { spanMatches, type SpanRule } from './verify';

const c = (pattern: number, start: number, end: number): Candidate => ({ pattern, start, end, ambiguous: false });

describe('selectLeftmostLongest', () => {
  it('keeps the leftmost, then the longest, and drops overlaps', () => {
    const kept = selectLeftmostLongest([c(2, 4, 6), c(0, 0, 2), c(1, 0, 5), c(3, 5, 9), c(4, 9, 10)]);
    expect(kept.map((x) => x.pattern)).toEqual([1, 3, 4]);
  });

  it('breaks ties by pattern order', () => {
    expect(selectLeftmostLongest([c(7, 0, 3), c(2, 0, 3)]).map((x) => x.pattern)).toEqual([2]);
  });
});

describe('extendMatchEnd', () => {
  it('takes the full stop of an abbreviation, not a sentence end', () => {
    expect(extendMatchEnd('the U.S. said', 7, false)).toBe(8);
    expect(extendMatchEnd('the UN. Then', 6, false)).toBe(6);
    expect(extendMatchEnd('EE. UU. dijo', 6, true)).toBe(7);
  });

  it('takes combining marks of the last letter', () => {
    expect(extendMatchEnd('Coree x', 5, false)).toBe(5);
    expect(extendMatchEnd('Coree\u0301 x', 5, false)).toBe(6);
  });
});

function rule(term: string, check: SpanRule['check'] = null): SpanRule {
  const k = keyOf(term, 'fold');
  return {
    key: codeUnits(k.key),
    gaps: termGaps(k.gaps, k.flags),
    check,
    checkKey: codeUnits(check ? keyOf(term, check).key : ''),
  };
}

describe('spanMatches', () => {
  it('accepts the same key with fitting gaps', () => {
    const r = rule('Kim Jong Un');
    expect(spanMatches('Kim Jong-un', 0, 11, r)).toBe(true);
    expect(spanMatches('Kim  Jong\nUn', 0, 12, r)).toBe(true);
    expect(spanMatches('KimJongUn', 0, 9, r)).toBe(false);
    expect(spanMatches('Kim Jong U', 0, 10, r)).toBe(false);
  });

  it('checks exact case and diacritics when asked', () => {
    expect(spanMatches('UN', 0, 2, rule('UN', 'case'))).toBe(true);
    expect(spanMatches('un', 0, 2, rule('UN', 'case'))).toBe(false);
    expect(spanMatches('U.N.', 0, 3, rule('U.N.', 'case'))).toBe(true);
    expect(spanMatches('Bình Nhưỡng', 0, 11, rule('Bình Nhưỡng', 'marks'))).toBe(true);
    expect(spanMatches('Binh Nhuong', 0, 11, rule('Bình Nhưỡng', 'marks'))).toBe(false);
  });

  it('rejects a span that ends inside an expanded character (ß → ss)', () => {
    expect(spanMatches('Fuß', 0, 3, rule('Fus'))).toBe(false);
    expect(spanMatches('Fuß', 0, 3, rule('Fuss'))).toBe(true);
  });
});
