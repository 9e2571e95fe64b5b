// Runs compiled matchers over a text: candidates from the scan, checked by the rules, then leftmost-longest.
import { compose } from './compose';
import type { CompiledMatcher, EntityMatch, Matcher, MatcherOptions, MatcherTerm } from './matcher';
import * as facts from './pattern-facts';
import type { PatternFacts } from './pattern-facts';
import * as rules from './rules';
import * as scanner from './scan';
import type { ScanTables } from './scan';
import * as selection from './select';
import * as spanFitting from './span-fit';
import * as verification from './verify';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call, a quarter of `find`'s time.
const { leftBoundaryOk } = rules;
const { scanText, scanTables } = scanner;
const { SPAN_UNFIT, spanFit } = spanFitting;
const { CandidateList, extendMatchEnd, selectFrom } = selection;
const { spanMatches } = verification;
const { FACT_AMBIGUOUS, FACT_DROP, FACT_NO_CHECK, FACT_TERM_SHIFT, FACT_TRAILING_DOT, learnPattern, patternFacts } =
  facts;

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
  facts: PatternFacts;
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
      facts: patternFacts(p.compiled.patternCount),
    };
    offset += p.compiled.patternCount;
    return part;
  });
  const context = new Set(options.contextEntityIds ?? []);

  function termOf(pattern: number): MatcherTerm {
    let i = parts.length - 1;
    while (parts[i]!.patternOffset > pattern) i--;
    // The pattern has a kept candidate: its facts are known.
    return parts[i]!.compiled.term(parts[i]!.facts.info[pattern - parts[i]!.patternOffset]! >> FACT_TERM_SHIFT);
  }

  // The candidates of the text being searched (one list, reused: find is not reentrant).
  const list = new CandidateList();

  function partCandidates(part: RunningPart, text: string, composed: boolean): boolean {
    const { compiled: c, disabled, tables, patternOffset, facts: f } = part;
    if (!scanText(text, tables, composed)) return false;
    const reports = tables.reports;
    const { info, gapAt } = f;
    const patternLength = c.automaton.patternLength;
    for (let k = 0; k < tables.reportCount; k += 2) {
      // scanText() has checked the right boundary, once per position.
      const pattern = reports[k]!;
      const end = reports[k + 1]!;
      let bits = info[pattern]!;
      if (bits === 0) bits = learnPattern(f, c, disabled, pattern);
      if ((bits & FACT_DROP) !== 0) continue;
      const at = spanFit(tables, text, end, f.gaps, gapAt[pattern]!, patternLength[pattern]!);
      if (at === SPAN_UNFIT) continue;
      const simple = at >= 0;
      const start = simple ? at : ~at;
      if (!leftBoundaryOk(text, start)) continue;
      // A simple span folds to the key itself with fitting gaps; only stricter forms and other spans need checking.
      if (!(simple && (bits & FACT_NO_CHECK) !== 0) && !spanMatches(text, start, end, c.pattern(pattern))) continue;
      const trailingDot = (bits & FACT_TRAILING_DOT) !== 0;
      list.push(patternOffset + pattern, start, extendMatchEnd(text, end, trailingDot), (bits & FACT_AMBIGUOUS) !== 0);
    }
    return true;
  }

  function candidates(text: string, composed: boolean): boolean {
    list.clear();
    for (const part of parts) if (!partCandidates(part, text, composed)) return false;
    return true;
  }

  /** Whether a kept candidate is of an entity that gives ambiguous names their context. */
  function keptInContext(): boolean {
    for (let j = 0; j < list.keptLength; j++) {
      if (context.has(termOf(list.data[list.kept[j]! * 4]!).entityId)) return true;
    }
    return false;
  }

  return {
    size: parts.reduce((n, p) => n + p.compiled.termCount, 0),
    find(text: string): EntityMatch[] {
      let map: ((i: number, isEnd: boolean) => number) | null = null;
      if (!candidates(text, false)) {
        const c = compose(text);
        if (!candidates(c.text, true)) list.clear();
        map = (i, isEnd) => (isEnd ? c.ends[i - 1]! : c.starts[i]!);
      }
      // Ambiguous names count only next to an entity of the context: select without them first. (Without ambiguous
      // candidates, selecting among all of them gives the same again.)
      selectFrom(list, !list.ambiguous);
      if (list.ambiguous && keptInContext()) selectFrom(list, true);
      const d = list.data;
      const out: EntityMatch[] = [];
      for (let j = 0; j < list.keptLength; j++) {
        const at = list.kept[j]! * 4;
        const term = termOf(d[at]!);
        const start = map ? map(d[at + 1]!, false) : d[at + 1]!;
        const end = map ? map(d[at + 2]!, true) : d[at + 2]!;
        out.push({ entityId: term.entityId, alias: term.text, start, end });
      }
      return out;
    },
  };
}
