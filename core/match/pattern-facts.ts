// What each candidate of a pattern needs to know of it, as flat numbers filled at the pattern's first candidate.
import type { CompiledMatcher } from './matcher';

/** The pattern's facts are filled in. */
const KNOWN = 1;
/** Its term is disabled: its candidates are dropped. */
export const FACT_DROP = 2;
/** No stricter form (case, diacritics) to check. */
export const FACT_NO_CHECK = 4;
/** Its term is ambiguous. */
export const FACT_AMBIGUOUS = 8;
/** The term ends with a full stop that the key leaves out (matcher.ts `Pattern.trailingDot`). */
export const FACT_TRAILING_DOT = 16;
/** The facts' bits above this are the pattern's term. */
export const FACT_TERM_SHIFT = 5;

/**
 * Per pattern of one compiled matcher, what a candidate needs (its term, flags and gap rules) in a few flat typed
 * arrays rather than the pattern and term objects: on a page with thousands of candidates, the objects' scattered
 * memory cost more than the checks themselves. Filled as patterns are met, since a loaded matcher makes its pattern
 * objects lazily (most patterns never occur on a page).
 */
export interface PatternFacts {
  /** Per pattern: 0 until met, then its bits (FACT_*) and its term shifted by FACT_TERM_SHIFT. */
  info: Int32Array;
  /** Per pattern met: the offset of its gap rules (matcher.ts `Pattern.gaps`) in `gaps`. */
  gapAt: Int32Array;
  /** The gap rules of the patterns met, one after the other. */
  gaps: Uint8Array;
  gapsLength: number;
}

/** Empty facts for a matcher of `patternCount` patterns. */
export function patternFacts(patternCount: number): PatternFacts {
  return {
    info: new Int32Array(patternCount),
    gapAt: new Int32Array(patternCount),
    gaps: new Uint8Array(256),
    gapsLength: 0,
  };
}

/** Fills in and returns the facts of `pattern` (`disabled`: per term, 1 when its candidates must be dropped). */
export function learnPattern(
  f: PatternFacts,
  c: CompiledMatcher,
  disabled: Uint8Array | null,
  pattern: number,
): number {
  const p = c.pattern(pattern);
  let info = KNOWN | (p.term << FACT_TERM_SHIFT);
  if (disabled !== null && disabled[p.term] === 1) info |= FACT_DROP;
  if (p.check === null) info |= FACT_NO_CHECK;
  if (c.term(p.term).ambiguous === true) info |= FACT_AMBIGUOUS;
  if (p.trailingDot) info |= FACT_TRAILING_DOT;
  if (f.gapsLength + p.gaps.length > f.gaps.length) {
    const grown = new Uint8Array(Math.max(f.gaps.length * 2, f.gapsLength + p.gaps.length));
    grown.set(f.gaps);
    f.gaps = grown;
  }
  f.gaps.set(p.gaps, f.gapsLength);
  f.gapAt[pattern] = f.gapsLength;
  f.gapsLength += p.gaps.length;
  f.info[pattern] = info;
  return info;
}
