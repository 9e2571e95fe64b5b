// Runs compiled matchers over a text: candidates from the scan, checked by the rules, then leftmost-longest.
import type { CompiledMatcher, EntityMatch, Matcher, MatcherOptions, MatcherTerm } from './matcher';
import * as rules from './rules';
import * as scanner from './scan';
import type { ScanTables } from './scan';
import * as selection from './select';
import * as spanFitting from './span-fit';
import type { Candidate } from './select';
import * as verification from './verify';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call, a quarter of `find`'s time.
const { leftBoundaryOk } = rules;
const { compose, scan, scanTables } = scanner;
const { SPAN_UNFIT, spanFit } = spanFitting;
const { extendMatchEnd, selectLeftmostLongest } = selection;
const { spanMatches } = verification;

/**
 * One compiled matcher among those a matcher runs together, e.g. the knowledge base's, precompiled at build time,
 * and the user's own names, compiled at run time.
 */
export interface MatcherPart {
  compiled: CompiledMatcher;
  /** Per term of `compiled`: 1 when its matches must be dropped (a name that the knowledge base no longer has). */
  disabled?: Uint8Array;
}

interface RunningPart {
  compiled: CompiledMatcher;
  disabled: Uint8Array | null;
  tables: ScanTables;
  /** The part's first pattern in the matcher's pattern numbering (its patterns come after the previous parts'). */
  patternOffset: number;
}

/**
 * A matcher over already compiled terms (e.g. loaded), or over several compiled parts run together: their candidates
 * are selected together, as if compiled as one (ties of equal spans go to the earlier part).
 */
export function matcherFrom(compiled: CompiledMatcher | MatcherPart[], options: MatcherOptions = {}): Matcher {
  const given = Array.isArray(compiled) ? compiled : [{ compiled }];
  let offset = 0;
  const parts: RunningPart[] = given.map((p) => {
    const part = {
      compiled: p.compiled,
      disabled: p.disabled ?? null,
      tables: scanTables(p.compiled.automaton, p.compiled.alphabet),
      patternOffset: offset,
    };
    offset += p.compiled.patternCount;
    return part;
  });
  const context = new Set(options.contextEntityIds ?? []);

  function termOf(pattern: number): MatcherTerm {
    let i = parts.length - 1;
    while (parts[i]!.patternOffset > pattern) i--;
    const c = parts[i]!.compiled;
    return c.term(c.pattern(pattern - parts[i]!.patternOffset).term);
  }

  function partCandidates(part: RunningPart, text: string, composed: boolean, out: Candidate[]): boolean {
    const { compiled: c, disabled, tables, patternOffset } = part;
    return scan(text, tables, composed, (pattern, end) => {
      // scan() has checked the right boundary, once per position.
      const p = c.pattern(pattern);
      const at = spanFit(tables, text, end, p.gaps);
      if (at === SPAN_UNFIT) return;
      const simple = at >= 0;
      const start = simple ? at : ~at;
      if (!leftBoundaryOk(text, start)) return;
      // A simple span folds to the key itself with fitting gaps; only stricter forms and other spans need checking.
      if (!(simple && p.check === null) && !spanMatches(text, start, end, p)) return;
      if (disabled !== null && disabled[p.term] === 1) return;
      out.push({
        pattern: patternOffset + pattern,
        start,
        end: extendMatchEnd(text, end, p.trailingDot),
        ambiguous: c.term(p.term).ambiguous === true,
      });
    });
  }

  function candidates(text: string, composed: boolean): Candidate[] | null {
    const out: Candidate[] = [];
    for (const part of parts) if (!partCandidates(part, text, composed, out)) return null;
    return out;
  }

  return {
    size: parts.reduce((n, p) => n + p.compiled.termCount, 0),
    find(text: string): EntityMatch[] {
      let found = candidates(text, false);
      let map: ((i: number, isEnd: boolean) => number) | null = null;
      if (!found) {
        const c = compose(text);
        found = candidates(c.text, true) ?? [];
        map = (i, isEnd) => (isEnd ? c.ends[i - 1]! : c.starts[i]!);
      }
      const ambiguous = found.some((m) => m.ambiguous);
      const unambiguous = selectLeftmostLongest(ambiguous ? found.filter((m) => !m.ambiguous) : found);
      // Without ambiguous candidates, selecting among all of them gives the same again.
      const inContext = ambiguous && unambiguous.some((m) => context.has(termOf(m.pattern).entityId));
      const kept = inContext ? selectLeftmostLongest(found) : unambiguous;
      return kept.map((m) => {
        const term = termOf(m.pattern);
        const start = map ? map(m.start, false) : m.start;
        const end = map ? map(m.end, true) : m.end;
        return { entityId: term.entityId, alias: term.text, start, end };
      });
    },
  };
}
