// A matcher made of a precompiled base (e.g. the shipped knowledge base's, built with the extension) plus, compiled at
// run time, only the terms that the base lacks (the user's own names), with the base's stale terms switched off.
import type { CompiledMatcher, Matcher, MatcherOptions, MatcherTerm } from './matcher';
import { compileTerms, createMatcher, matcherFrom } from './matcher';
import { termKey } from './term-key';

/** What a {@link matcherWithBase} did: how many terms the base had, reused, switched off, and compiled anew. */
export interface BaseUse {
  baseTerms: number;
  reused: number;
  disabled: number;
  compiled: number;
}

/**
 * A matcher for `terms` that reuses `base` for every term it has and compiles only the others; the base's terms that
 * are not in `terms` (e.g. names of a designation removed by a list refresh) are switched off. Finds the same as
 * `createMatcher(terms)` (when two terms match the very same span, the base's wins). Without a base, compiles all.
 */
export function matcherWithBase(
  base: CompiledMatcher | null,
  terms: MatcherTerm[],
  options: MatcherOptions = {},
): { matcher: Matcher; use: BaseUse } {
  if (!base) {
    return {
      matcher: createMatcher(terms, options),
      use: { baseTerms: 0, reused: 0, disabled: 0, compiled: terms.length },
    };
  }
  const wanted = new Set<number>();
  for (const t of terms) wanted.add(termKey(t));
  const have = new Set<number>();
  const disabled = new Uint8Array(base.termCount);
  let off = 0;
  for (let i = 0; i < base.termCount; i++) {
    const key = base.termKey(i);
    have.add(key);
    if (!wanted.has(key)) {
      disabled[i] = 1;
      off++;
    }
  }
  const extra = terms.filter((t) => !have.has(termKey(t)));
  const parts = [{ compiled: base, ...(off > 0 ? { disabled } : {}) }];
  if (extra.length > 0) parts.push({ compiled: compileTerms(extra) });
  return {
    matcher: matcherFrom(parts, options),
    use: { baseTerms: base.termCount, reused: base.termCount - off, disabled: off, compiled: extra.length },
  };
}
