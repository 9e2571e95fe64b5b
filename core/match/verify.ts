// Checks a candidate span against its pattern without allocating: same key, fitting gaps, exact forms if asked.
import * as normalize from './normalize';
import type { CharInfo, KeyForm } from './normalize';
import * as rules from './rules';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call, a quarter of `find`'s time.
const {
  charFlags,
  charInfo,
  ensureChar,
  FOLD_OTHER,
  FOLD_UNIT,
  FLAG_LATIN,
  GAP_HYPHEN,
  GAP_NONE,
  GAP_SPACE,
  isAbbreviationDot,
  KIND_DOT,
  KIND_HYPHEN,
  KIND_IGNORABLE,
  KIND_KEY,
  KIND_OF,
  KIND_MARK,
  KIND_SPACE,
} = normalize;
const { gapFits } = rules;

/** What a span is checked against (a pattern of the matcher). */
export interface SpanRule {
  /** The folded key's UTF-16 code units. */
  key: Uint16Array;
  /** Gap rule before each key character (index 0 unused). */
  gaps: Uint8Array;
  /** A stricter form to compare too (case, diacritics), or null. */
  check: KeyForm | null;
  checkKey: Uint16Array;
}

/**
 * Whether `text[start, end)` folds to exactly `rule.key`, with gaps that fit the rule's gaps, and, when the rule asks,
 * yields `rule.checkKey` in the stricter form. Walks the span once, the way {@link keyOf} does.
 */
export function spanMatches(text: string, start: number, end: number, rule: SpanRule): boolean {
  const { key, gaps, check, checkKey } = rule;
  let k = 0;
  let c = 0;
  let gap = GAP_NONE;
  let lastLatin = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    ensureChar(code);
    // The common case, a character with a one-unit key and nothing stricter to check, by the flat tables.
    const unit = FOLD_UNIT[code]!;
    if (check === null && KIND_OF[code] === KIND_KEY && unit !== FOLD_OTHER) {
      if (k >= key.length || key[k] !== unit) return false;
      if (k > 0 && !gapFits(gaps[k]!, gap)) return false;
      gap = GAP_NONE;
      k++;
      lastLatin = (charFlags(code) & FLAG_LATIN) !== 0;
      continue;
    }
    const info = charInfo(code);
    const kind = info.kind;
    if (kind === KIND_SPACE) {
      gap = GAP_SPACE;
      continue;
    }
    if (kind === KIND_HYPHEN) {
      if (gap === GAP_NONE) gap = GAP_HYPHEN;
      continue;
    }
    if (kind === KIND_IGNORABLE || (kind === KIND_DOT && isAbbreviationDot(text, i))) continue;
    let folded = info.fold;
    let strict = check === null ? '' : strictForm(info, check);
    if (kind === KIND_MARK) {
      folded = lastLatin ? '' : info.exact;
      if (check !== null) strict = lastLatin && check === 'case' ? '' : info.exact;
    } else {
      lastLatin = (info.flags & FLAG_LATIN) !== 0;
    }
    for (let x = 0; x < folded.length; x++, k++) {
      if (k >= key.length || key[k] !== folded.charCodeAt(x)) return false;
      if (k > 0 && !gapFits(gaps[k]!, gap)) return false;
      gap = GAP_NONE;
    }
    if (check !== null) {
      for (let x = 0; x < strict.length; x++, c++) {
        if (c >= checkKey.length || checkKey[c] !== strict.charCodeAt(x)) return false;
      }
    }
  }
  return k === key.length && (check === null || c === checkKey.length);
}

/** The key characters of a code unit in a stricter form (direct property reads keep the call site fast). */
function strictForm(info: CharInfo, check: KeyForm): string {
  if (check === 'case') return info.case;
  if (check === 'marks') return info.marks;
  if (check === 'exact') return info.exact;
  return info.fold;
}
