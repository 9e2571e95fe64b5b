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

/** Numbers per candidate in a {@link CandidateList}: pattern, start, end, ambiguous (1 or 0). */
const FIELDS = 4;

/**
 * Verified candidates as numbers (no object per candidate: a dense page has tens of thousands), reused from text to
 * text: candidate k is `data[4k]` (pattern), `data[4k + 1]` (start), `data[4k + 2]` (end), `data[4k + 3]` (1 when
 * ambiguous).
 */
export class CandidateList {
  data = new Int32Array(FIELDS * 64);
  length = 0;
  /** Whether some candidate is ambiguous. */
  ambiguous = false;
  /** Indices of the candidates that {@link selectFrom} keeps, in text order (the first `keptLength`). */
  kept = new Int32Array(64);
  keptLength = 0;

  clear(): void {
    this.length = 0;
    this.ambiguous = false;
    this.keptLength = 0;
  }

  push(pattern: number, start: number, end: number, ambiguous: boolean): void {
    if ((this.length + 1) * FIELDS > this.data.length) {
      const more = new Int32Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    const at = this.length++ * FIELDS;
    this.data[at] = pattern;
    this.data[at + 1] = start;
    this.data[at + 2] = end;
    this.data[at + 3] = ambiguous ? 1 : 0;
    if (ambiguous) this.ambiguous = true;
  }
}

/**
 * Selects among the candidates of `list` (without the ambiguous ones unless `withAmbiguous`) the non-overlapping ones,
 * leftmost-longest: at each start the longest wins, ties going to the pattern made first (the first term given).
 * Leaves their indices in `list.kept`, in text order.
 */
export function selectFrom(list: CandidateList, withAmbiguous: boolean): void {
  const d = list.data;
  if (list.kept.length < list.length) list.kept = new Int32Array(list.data.length / FIELDS);
  const order = list.kept;
  let count = 0;
  // Insertion sort of the indices: the scanner reports candidates by end, so they are nearly in order already
  // (nested names aside), and this costs a few comparisons each.
  for (let k = 0; k < list.length; k++) {
    const a = k * FIELDS;
    if (!withAmbiguous && d[a + 3] === 1) continue;
    const start = d[a + 1]!;
    const end = d[a + 2]!;
    const pattern = d[a]!;
    let j = count - 1;
    for (; j >= 0; j--) {
      const b = order[j]! * FIELDS;
      const bStart = d[b + 1]!;
      // Whether candidate k comes before the one at j: leftmost, then longest, then the pattern made first.
      if (start !== bStart ? start > bStart : end !== d[b + 2] ? end < d[b + 2]! : pattern > d[b]!) break;
      order[j + 1] = order[j]!;
    }
    order[j + 1] = k;
    count++;
  }
  let kept = 0;
  let lastEnd = -1;
  for (let j = 0; j < count; j++) {
    const a = order[j]! * FIELDS;
    if (d[a + 1]! < lastEnd) continue;
    order[kept++] = order[j]!;
    lastEnd = d[a + 2]!;
  }
  list.keptLength = kept;
}

/**
 * The non-overlapping candidates, leftmost-longest (see {@link selectFrom}, which the matcher runs on its numbers);
 * the result is in text order.
 */
export function selectLeftmostLongest(candidates: Candidate[]): Candidate[] {
  const list = new CandidateList();
  for (const c of candidates) list.push(c.pattern, c.start, c.end, c.ambiguous);
  selectFrom(list, true);
  return Array.from(list.kept.subarray(0, list.keptLength), (k) => candidates[k]!);
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
