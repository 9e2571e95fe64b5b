// Pattern facts: the flat per-pattern numbers that the candidates read, filled at first use.
import { describe, expect, it } from 'vitest';
import { compileTerms } from './matcher';
import {
  FACT_AMBIGUOUS,
  FACT_DROP,
  FACT_NO_CHECK,
  FACT_TERM_SHIFT,
  FACT_TRAILING_DOT,
  learnPattern,
  patternFacts,
} from './pattern-facts';

describe('pattern facts', () => {
  const c = compileTerms([
    { entityId: 'a', text: 'Kim Jong Un', lang: 'en' },
    { entityId: 'b', text: 'EE. UU.', lang: 'es', ambiguous: true },
    { entityId: 'c', text: 'NK', lang: 'en', caseSensitive: true },
  ]);
  const termOf = (p: number) => c.pattern(p).term;

  it('holds each pattern term, flags and gap rules', () => {
    const f = patternFacts(c.patternCount);
    for (let p = 0; p < c.patternCount; p++) {
      const info = learnPattern(f, c, null, p);
      expect(f.info[p]).toBe(info);
      expect(info >> FACT_TERM_SHIFT).toBe(termOf(p));
      expect((info & FACT_NO_CHECK) !== 0).toBe(c.pattern(p).check === null);
      expect((info & FACT_AMBIGUOUS) !== 0).toBe(termOf(p) === 1);
      expect((info & FACT_TRAILING_DOT) !== 0).toBe(c.pattern(p).trailingDot);
      expect(info & FACT_DROP).toBe(0);
      const gaps = c.pattern(p).gaps;
      expect([...f.gaps.subarray(f.gapAt[p], f.gapAt[p]! + gaps.length)]).toEqual([...gaps]);
    }
  });

  it('marks the patterns of disabled terms', () => {
    const f = patternFacts(c.patternCount);
    const disabled = Uint8Array.from([0, 0, 1]);
    for (let p = 0; p < c.patternCount; p++) {
      expect((learnPattern(f, c, disabled, p) & FACT_DROP) !== 0).toBe(termOf(p) === 2);
    }
  });
});
