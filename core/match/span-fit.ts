// A candidate's span, found by walking back from its end, with the pattern's gap rules checked on the way.
import * as normalize from './normalize';
import * as rules from './rules';
import * as scanner from './scan';
import type { ScanTables } from './scan';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call.
const { GAP_HYPHEN, GAP_NONE, GAP_SPACE, KIND_HYPHEN, KIND_OF, KIND_SPACE } = normalize;
const { GAP_ANY } = rules;
const { FIRST_KEY_SYMBOL, GAP_SYMBOL, spanStart } = scanner;

/** {@link spanFit}'s answer when a gap of the span does not fit the pattern's gap rule there: no match. */
export const SPAN_UNFIT = -0x40000000;

/**
 * Where a key of `length` key characters that ends with text[end - 1] starts, checking on the way the gaps between
 * its key characters against the pattern's gap rules (`gaps[from, from + length)`, rules.ts `termGaps`):
 * - the start offset when the span is simple (every code unit one key character of the automaton's alphabet, or a
 *   space, dash or invisible character) and every gap fits: its folded text is then the key, with fitting gaps, so
 *   that only a stricter form (case, diacritics) is left to check;
 * - {@link SPAN_UNFIT} when a gap of a simple span does not fit (as verify.ts `spanMatches` would say);
 * - otherwise (a full stop, a combining mark, an expansion such as ß in the span) the start's bitwise complement
 *   (scan.ts `spanStart`'s answer), for `spanMatches` to check all of it.
 */
export function spanFit(
  t: ScanTables,
  text: string,
  end: number,
  gaps: Uint8Array,
  from = 0,
  length = gaps.length - from,
): number {
  const classOf = t.classOf;
  let k = length - 1;
  let j = end - 1;
  // The text's gap after key character k (between it and key character k + 1).
  let gap = GAP_NONE;
  for (; j >= 0; j--) {
    const code = text.charCodeAt(j);
    const c = classOf[code]!;
    if (c >= FIRST_KEY_SYMBOL) {
      if (k < length - 1) {
        // The gap before key character k + 1 against its rule (rules.ts gapFits).
        const rule = gaps[from + k + 1]!;
        if (rule === GAP_SPACE ? gap === GAP_NONE : rule !== GAP_ANY && rule !== GAP_HYPHEN && gap === GAP_SPACE) {
          return SPAN_UNFIT;
        }
      }
      if (k === 0) return j;
      k--;
      gap = GAP_NONE;
    } else if (c === GAP_SYMBOL) {
      const kind = KIND_OF[code]!;
      if (kind === KIND_SPACE) gap = GAP_SPACE;
      else if (kind === KIND_HYPHEN && gap === GAP_NONE) gap = GAP_HYPHEN;
    } else {
      break;
    }
  }
  const at = spanStart(t, text, end, length);
  return at >= 0 ? ~at : at;
}
