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
 * Which of a base's terms to switch off (indices, ascending) and which terms to compile beside it, as plain data (it
 * can be kept, e.g. between service worker starts, and given to {@link matcherFromPlan} with the same base).
 */
export interface BasePlan {
  disabled: number[];
  extra: MatcherTerm[];
}

/** The plan of a matcher for `terms` over `base`: its terms not in `terms` off, the terms it lacks compiled beside it. */
export function planWithBase(base: CompiledMatcher, terms: readonly MatcherTerm[]): BasePlan {
  const wanted = new Set<number>();
  for (const t of terms) wanted.add(termKey(t));
  const have = new Set<number>();
  const disabled: number[] = [];
  for (let i = 0; i < base.termCount; i++) {
    const key = base.termKey(i);
    have.add(key);
    if (!wanted.has(key)) disabled.push(i);
  }
  return { disabled, extra: terms.filter((t) => !have.has(termKey(t))) };
}

/** The matcher that a {@link planWithBase} plan describes over its base. */
export function matcherFromPlan(base: CompiledMatcher, plan: BasePlan, options: MatcherOptions = {}): Matcher {
  const off = new Uint8Array(base.termCount);
  for (const i of plan.disabled) off[i] = 1;
  const parts = [{ compiled: base, ...(plan.disabled.length > 0 ? { disabled: off } : {}) }];
  if (plan.extra.length > 0) parts.push({ compiled: compileTerms(plan.extra) });
  return matcherFrom(parts, options);
}

/**
 * A base's identity for a kept {@link BasePlan}: its term count and a hash of its terms' keys (a plan's indices mean
 * nothing for another base, e.g. after an update of the extension).
 */
export function baseIdentity(base: CompiledMatcher): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < base.termCount; i++) {
    const key = base.termKey(i);
    h = Math.imul(h ^ (key % 0x100000000), 16777619);
    h = Math.imul(h ^ Math.floor(key / 0x100000000), 16777619);
  }
  return `${base.termCount}:${(h >>> 0).toString(36)}`;
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
  const plan = planWithBase(base, terms);
  const off = plan.disabled.length;
  return {
    matcher: matcherFromPlan(base, plan, options),
    use: { baseTerms: base.termCount, reused: base.termCount - off, disabled: off, compiled: plan.extra.length },
  };
}
