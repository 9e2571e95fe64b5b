// Checks a candidate span against its pattern without allocating: same key, fitting gaps, exact forms if asked.
import {
  charInfo,
  FLAG_LATIN,
  GAP_HYPHEN,
  GAP_NONE,
  GAP_SPACE,
  isAbbreviationDot,
  KIND_DOT,
  KIND_HYPHEN,
  KIND_IGNORABLE,
  KIND_MARK,
  KIND_SPACE,
  type KeyForm,
} from './normalize';
import { gapFits } from './rules';

/** What a span is checked against (a pattern of the matcher). */
export interface SpanRule {
  /** The folded key. */
  key: string;
  /** Gap rule before each key character (index 0 unused). */
  gaps: Uint8Array;
  /** A stricter form to compare too (case, diacritics), or null. */
  check: KeyForm | null;
  checkKey: string;
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
    const info = charInfo(text.charCodeAt(i));
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
    let strict = check === null ? '' : info[check];
    if (kind === KIND_MARK) {
      folded = lastLatin ? '' : info.exact;
      if (check !== null) strict = lastLatin && check === 'case' ? '' : info.exact;
    } else {
      lastLatin = (info.flags & FLAG_LATIN) !== 0;
    }
    for (let x = 0; x < folded.length; x++, k++) {
      if (key.charCodeAt(k) !== folded.charCodeAt(x)) return false;
      if (k > 0 && !gapFits(gaps[k]!, gap)) return false;
      gap = GAP_NONE;
    }
    if (check !== null) {
      if (!checkKey.startsWith(strict, c)) return false;
      c += strict.length;
    }
  }
  return k === key.length && (check === null || c === checkKey.length);
}
