// Page text with whitespace and invisible characters squeezed out, mapped back to the original offsets.

/** Page text with whitespace squeezed out, and a map from squeezed offsets back to the original text. */
export interface PreparedText {
  text: string;
  squeezed: string;
  /** `map[i]` is the original offset of squeezed character `i`. */
  map: Int32Array;
}

/** True for whitespace and invisible characters that pages add, drop or change freely (NBSP, zero-width, soft hyphen). */
export function isIgnorable(code: number): boolean {
  if (code <= 32) return true;
  if (code < 0xa0) return code === 0x85;
  return (
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Removes whitespace and invisible characters. */
export function squeeze(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isIgnorable(s.charCodeAt(i))) out += s[i];
  return out;
}

/**
 * Squeezes `text` once so that many quotes can be matched against it.
 * Characters inside `excluded` spans (sorted [start, end) pairs, e.g. script text) are left out of the search.
 */
export function prepareText(text: string, excluded: ReadonlyArray<readonly [number, number]> = []): PreparedText {
  const map = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  let runStart = -1;
  let gap = 0;
  let next = excluded[0];
  for (let i = 0; i < text.length; i++) {
    if (next && i >= next[0]) {
      if (runStart >= 0) parts.push(text.slice(runStart, i));
      runStart = -1;
      i = Math.max(i, next[1]) - 1;
      next = excluded[++gap];
      continue;
    }
    if (isIgnorable(text.charCodeAt(i))) {
      if (runStart >= 0) parts.push(text.slice(runStart, i));
      runStart = -1;
    } else {
      if (runStart < 0) runStart = i;
      map[n++] = i;
    }
  }
  if (runStart >= 0) parts.push(text.slice(runStart));
  return { text, squeezed: parts.join(''), map: map.subarray(0, n) };
}

/** The squeezed offset of original offset `offset`: the number of kept characters before it. */
export function toSqueezed(prepared: PreparedText, offset: number): number {
  let lo = 0;
  let hi = prepared.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prepared.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Levenshtein distance (two rows; inputs are context-sized). */
function editDistance(a: string, b: string): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 minus the edit distance over the expected string's length (at least 0); 1 when nothing is expected. */
export function similarity(expected: string, actual: string): number {
  return expected.length ? Math.max(0, 1 - editDistance(expected, actual) / expected.length) : 1;
}

/**
 * Up to `count` non-ignorable characters of `text` read from `from` in direction `step`, in reading order.
 * Context is compared against all text (script text included), as selectors record it from textContent.
 */
export function readKept(text: string, from: number, step: 1 | -1, count: number): string {
  const out: string[] = [];
  for (let i = from; out.length < count && i >= 0 && i < text.length; i += step) {
    if (!isIgnorable(text.charCodeAt(i))) out.push(text[i]!);
  }
  return (step < 0 ? out.reverse() : out).join('');
}

/** Most copies of a quote counted: past it, counts only say "very many". */
export const MAX_COPIES = 5_000;

/** How many times `part` occurs in `s`, overlapping copies included, up to {@link MAX_COPIES}; 0 for ''. */
export function countCopies(s: string, part: string): number {
  let n = 0;
  if (!part) return 0;
  for (let at = s.indexOf(part); at >= 0 && n < MAX_COPIES; at = s.indexOf(part, at + 1)) n++;
  return n;
}
