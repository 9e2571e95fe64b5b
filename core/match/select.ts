// Picks the matches to keep among verified candidates: leftmost first, then longest, never overlapping.
import * as normalize from './normalize';
import * as rules from './rules';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call, a quarter of `find`'s time.
const { isAbbreviationDot } = normalize;
const { extendOverMarks } = rules;

/** A verified occurrence of a pattern: UTF-16 offsets into the scanned text, end exclusive. */
export interface Candidate {
  pattern: number;
  start: number;
  end: number;
  ambiguous: boolean;
}

/**
 * The non-overlapping candidates, leftmost-longest: at each start the longest wins, ties going to the pattern made
 * first (the first term given); the result is in text order.
 */
export function selectLeftmostLongest(candidates: Candidate[]): Candidate[] {
  // Insertion sort: the scanner reports candidates by end, so they are nearly in order already (nested names aside),
  // and this costs a few comparisons each where Array.prototype.sort's comparator calls cost far more.
  const sorted = candidates.slice();
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && before(c, sorted[j]!)) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = c;
  }
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

/** Whether `a` comes before `b`: leftmost, then longest, then the pattern made first. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  return a.pattern < b.pattern;
}

/**
 * Where a match really ends: after combining marks of its last letter, and after a full stop that belongs to it
 * ("U.S." of "the U.S. said", "EE. UU." when the name is written with it).
 */
export function extendMatchEnd(text: string, end: number, trailingDot: boolean): number {
  const e = extendOverMarks(text, end);
  if (text.charCodeAt(e) !== 0x2e) return e;
  return trailingDot || isAbbreviationDot(text, e) ? e + 1 : e;
}
