// Folds text to matching keys one UTF-16 code unit at a time (NFKC, case, Latin diacritics, dashes, apostrophes).

/** A code unit that yields key characters (a letter, a digit, a kept punctuation mark). */
export const KIND_KEY = 0;
/** Whitespace: a gap between key characters. */
export const KIND_SPACE = 1;
/** A hyphen or dash: a gap between key characters. */
export const KIND_HYPHEN = 2;
/** A full stop: dropped in abbreviations ("U.N."), a key character elsewhere ("No. 39"). */
export const KIND_DOT = 3;
/** Invisible: soft hyphen, zero-width space and joiners, byte-order mark, variation selectors. */
export const KIND_IGNORABLE = 4;
/** A combining mark: folded away after a Latin letter, composed or kept after others. */
export const KIND_MARK = 5;

/** Letter, digit or mark: part of a word. */
export const FLAG_WORD = 1;
/** A letter (for abbreviations such as "U.N."). */
export const FLAG_LETTER = 2;
/** A script written without spaces between words (Han, kana, Thai…): no word boundary needed. */
export const FLAG_UNSPACED = 4;
/** Hangul: spaced, but particles attach to the noun (북한은). */
export const FLAG_HANGUL = 8;
/** Latin script: its diacritics may be folded. */
export const FLAG_LATIN = 16;
/** Cyrillic script: names inflect (Пхеньяна). */
export const FLAG_CYRILLIC = 32;

/** Gap between two key characters: none, hyphens only, or whitespace. */
export const GAP_NONE = 0;
export const GAP_HYPHEN = 1;
export const GAP_SPACE = 2;

/** Which forms a key keeps: `fold` is the automaton's (lower case, Latin diacritics dropped). */
export type KeyForm = 'fold' | 'case' | 'marks' | 'exact';

/** What one code unit is to the matcher. */
export interface CharInfo {
  kind: number;
  flags: number;
  /** Key characters in each form (empty for gaps and marks). */
  fold: string;
  case: string;
  marks: string;
  exact: string;
}

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07]);
const IGNORABLES = new Set([0xad, 0x34f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const RE_WORD = /[\p{L}\p{N}\p{M}]/u;
const RE_LETTER_NUMBER = /^[\p{L}\p{N}]+$/u;
const RE_MARK = /\p{M}/u;
const RE_MARKS = /\p{M}/gu;
const RE_UNSPACED =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const RE_SPACE = /^\s+$/u;
const RE_DASH = /^[\p{Pd}\u2212]$/u;

// Filled by push so that the array is packed (faster reads than a holey `new Array(n)`).
const infos: (CharInfo | null)[] = [];
for (let i = 0; i < 0x10000; i++) infos.push(null);
const flagTable = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);
/** Per code unit, once {@link charInfo} has seen it: its kind (KIND_*). */
export const KIND_OF = new Uint8Array(0x10000);
/** Per code unit, once {@link charInfo} has seen it: its folded key as one code unit, or FOLD_OTHER. */
export const FOLD_UNIT = new Uint16Array(0x10000);
/** FOLD_UNIT's entry when the folded key is not exactly one code unit (none, or an expansion such as ß → ss). */
export const FOLD_OTHER = 0xffff;

function fold(s: string, latin: boolean, lower: boolean, stripMarks: boolean): string {
  let out = lower ? s.toLowerCase() : s;
  if (stripMarks && latin) out = out.normalize('NFD').replace(RE_MARKS, '').normalize('NFC');
  if (stripMarks) out = out.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  return out.replace(/ß/g, 'ss').replace(/ẞ/g, lower ? 'ss' : 'SS');
}

/** Every CharInfo is made here, so that they all share one shape (fast property reads in the hot loops). */
function makeInfo(kind: number, flags: number, fold: string, caseForm: string, marks: string, exact: string): CharInfo {
  return { kind, flags, fold, case: caseForm, marks, exact };
}

function ascii(code: number, ch: string): CharInfo {
  if (code === 0x2e) return makeInfo(KIND_DOT, 0, '.', '.', '.', '.');
  if (code === 0x2d) return makeInfo(KIND_HYPHEN, 0, '', '', '', '');
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return makeInfo(KIND_SPACE, 0, '', '', '', '');
  if (code === 0x27 || code === 0x60) return makeInfo(KIND_KEY, 0, "'", "'", "'", "'");
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const digit = code >= 0x30 && code <= 0x39;
  const flags = letter ? FLAG_WORD | FLAG_LETTER | FLAG_LATIN : digit ? FLAG_WORD : 0;
  const lower = ch.toLowerCase();
  return makeInfo(KIND_KEY, flags, lower, ch, lower, ch);
}

function compute(code: number): CharInfo {
  const ch = String.fromCharCode(code);
  const key = (kind: number, flags: number, text: string) => makeInfo(kind, flags, text, text, text, text);
  if (code < 0x80) return ascii(code, ch);
  if (code >= 0xd800 && code <= 0xdfff) return key(KIND_KEY, 0, ch);
  if (APOSTROPHES.has(code)) return key(KIND_KEY, 0, "'");
  if (IGNORABLES.has(code) || (code >= 0xfe00 && code <= 0xfe0f)) return key(KIND_IGNORABLE, 0, '');
  // Compatibility forms (full-width letters, ligatures, circled digits) only when they stand for letters or digits.
  const nfkc = ch.normalize('NFKC');
  const n = RE_LETTER_NUMBER.test(ch) && RE_LETTER_NUMBER.test(nfkc) ? nfkc : ch;
  if (RE_SPACE.test(nfkc)) return key(KIND_SPACE, 0, '');
  if (RE_DASH.test(nfkc)) return key(KIND_HYPHEN, 0, '');
  if (nfkc === '.') return key(KIND_DOT, 0, '.');
  let flags = 0;
  if (RE_WORD.test(ch)) flags |= FLAG_WORD;
  if (/\p{L}/u.test(ch)) flags |= FLAG_LETTER;
  if (RE_UNSPACED.test(ch)) flags |= FLAG_UNSPACED;
  if (/\p{sc=Hangul}/u.test(ch)) flags |= FLAG_HANGUL;
  const latin = /\p{sc=Latin}/u.test(n);
  if (latin) flags |= FLAG_LATIN;
  if (/\p{sc=Cyrillic}/u.test(ch)) flags |= FLAG_CYRILLIC;
  // Conjoining Hangul vowels and final consonants compose with what precedes them, like combining marks.
  const jamo = (code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff);
  if (RE_MARK.test(ch) || jamo) return makeInfo(KIND_MARK, flags, '', '', ch, ch);
  return makeInfo(
    KIND_KEY,
    flags,
    fold(n, latin, true, true),
    fold(n, latin, false, true),
    fold(n, false, true, false),
    n,
  );
}

/** What the code unit `code` is to the matcher (cached). */
export function charInfo(code: number): CharInfo {
  let info = infos[code];
  if (info === null || info === undefined) {
    info = compute(code);
    infos[code] = info;
    flagTable[code] = info.flags;
    KIND_OF[code] = info.kind;
    FOLD_UNIT[code] = info.fold.length === 1 ? info.fold.charCodeAt(0) : FOLD_OTHER;
    known[code] = 1;
  }
  return info;
}

/** Makes sure that the tables KIND_OF, FOLD_UNIT and the flags hold the code unit `code`. */
export function ensureChar(code: number): void {
  if (known[code] === 0) charInfo(code);
}

/** The FLAG_* bits of the code unit `code` (cached; NaN, i.e. out of the string, has none). */
export function charFlags(code: number): number {
  if (code !== code) return 0;
  if (known[code] === 0) charInfo(code);
  return flagTable[code]!;
}

/** Whether the full stop at `i` ends a one-letter abbreviation part, as in "U.N." or "U.S." (then it is dropped). */
export function isAbbreviationDot(text: string, i: number): boolean {
  const before = charFlags(text.charCodeAt(i - 1));
  if ((before & FLAG_LETTER) === 0 || (before & (FLAG_UNSPACED | FLAG_HANGUL)) !== 0) return false;
  return (charFlags(text.charCodeAt(i - 2)) & FLAG_WORD) === 0;
}

/** A text's key: its key characters, and for each the gap before it and the span of the original it came from. */
export interface Keyed {
  key: string;
  /** GAP_* before each key character (the first one's is the gap before the key). */
  gaps: number[];
  /** Original offset (start) of the code unit each key character came from. */
  starts: number[];
  /** FLAG_* of the code unit each key character came from. */
  flags: number[];
}

/**
 * The key of `text[start, end)` in a form. Gaps (whitespace, dashes), abbreviation full stops, invisible characters
 * and, in the folded forms, combining marks after Latin letters are dropped; the text should be in NFC already.
 */
export function keyOf(text: string, form: KeyForm, start = 0, end = text.length): Keyed {
  const out: Keyed = { key: '', gaps: [], starts: [], flags: [] };
  let gap = GAP_NONE;
  let lastLatin = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const info = charInfo(code);
    let chars = info[form];
    if (info.kind === KIND_SPACE) gap = GAP_SPACE;
    else if (info.kind === KIND_HYPHEN) gap = Math.max(gap, GAP_HYPHEN);
    else if (info.kind === KIND_IGNORABLE) continue;
    else if (info.kind === KIND_DOT && isAbbreviationDot(text, i)) continue;
    else if (info.kind === KIND_MARK && lastLatin && (form === 'fold' || form === 'case')) continue;
    if (info.kind === KIND_SPACE || info.kind === KIND_HYPHEN) continue;
    if (info.kind === KIND_MARK) chars = info.exact;
    for (let j = 0; j < chars.length; j++) {
      out.gaps.push(gap);
      out.starts.push(i);
      out.flags.push(info.flags);
      gap = GAP_NONE;
    }
    out.key += chars;
    if (info.kind !== KIND_MARK) lastLatin = (info.flags & FLAG_LATIN) !== 0;
  }
  return out;
}

/**
 * Folds case without changing the string's length, so offsets in the folded text are offsets in the original.
 * Characters whose lower case has another length stay as they are.
 */
export function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}
