// Language rules of matching: word boundaries, Korean particles, gaps inside names, diacritic folding per language.
import * as normalize from './normalize';

// Imported bindings that run per character or per candidate, as this module's own constants: tsx (which runs the
// benchmarks and tests) compiles each use of an imported binding to a getter call, a quarter of `find`'s time.
const { charFlags, FLAG_HANGUL, FLAG_UNSPACED, FLAG_WORD, GAP_HYPHEN, GAP_NONE, GAP_SPACE, KIND_MARK, charInfo } =
  normalize;

/** A term's gap that accepts any gap in the text: next to Han, kana or Hangul, where spacing varies (유엔 안보리 / 유엔안보리). */
export const GAP_ANY = 3;

/**
 * Languages whose writers drop diacritics freely (all caps, URLs, keyboards without them): "Corée" also matches
 * "Coree", "Pjöngjang" also "Pjongjang". Latin-script languages not listed (Vietnamese, Turkish, Polish…) keep them,
 * since there a diacritic makes another word. A term without a language folds.
 */
const FOLDING_LANGUAGES = new Set(['en', 'id', 'ms', 'de', 'fr', 'nl', 'es', 'pt', 'it', 'ca', 'ru', 'uk']);

/** Whether diacritics of a term in `lang` may be missing in the text (and extra ones present). */
export function foldsDiacritics(lang: string | undefined): boolean {
  if (!lang) return true;
  const dash = lang.indexOf('-');
  return FOLDING_LANGUAGES.has((dash < 0 ? lang : lang.slice(0, dash)).toLowerCase());
}

/** The term's language when it has none: Ukrainian or Russian for Cyrillic (by Ukrainian-only letters), else none. */
export function guessLanguage(text: string): string | undefined {
  if (/[іїєґІЇЄҐ]/u.test(text)) return 'uk';
  if (/\p{sc=Cyrillic}/u.test(text)) return 'ru';
  return undefined;
}

/** Korean particles and suffixes that may follow a name written in Hangul (북한은, 북한의, 안보리가, 북한군). */
const KOREAN_PARTICLES = [
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '에서',
  '에게',
  '에도',
  '와',
  '과',
  '도',
  '만',
  '로',
  '으로',
  '랑',
  '이랑',
  '께',
  '까지',
  '부터',
  '보다',
  '처럼',
  '조차',
  '마저',
  '나',
  '이나',
  '라',
  '이라',
  '란',
  '이란',
  '야',
  '이다',
  '였',
  '이었',
  '입니다',
  '측',
  '군',
  '인',
  '제',
  '내',
  '간',
  '발',
  '행',
  '판',
  '식',
  '적',
  '들',
];
/** The particles by their first code unit (a number key: no one-character string made per lookup). */
const PARTICLES_BY_FIRST = new Map<number, string[]>();
for (const p of KOREAN_PARTICLES) {
  const first = p.charCodeAt(0);
  PARTICLES_BY_FIRST.set(first, [...(PARTICLES_BY_FIRST.get(first) ?? []), p]);
}

/** Whether the Hangul at `text[i]…` starts with a particle or suffix that may follow a name. */
export function startsWithKoreanParticle(text: string, i: number): boolean {
  const list = PARTICLES_BY_FIRST.get(text.charCodeAt(i));
  if (list === undefined) return false;
  for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, i)) return true;
  return false;
}

/** Whether a match may start at `start`: not in the middle of a word of a spaced script. */
export function leftBoundaryOk(text: string, start: number): boolean {
  const first = charFlags(text.charCodeAt(start));
  if ((first & FLAG_WORD) === 0 || (first & FLAG_UNSPACED) !== 0) return true;
  return (charFlags(text.charCodeAt(start - 1)) & FLAG_WORD) === 0;
}

/**
 * Whether a match may end at `end`: not in the middle of a word of a spaced script, except that Korean particles
 * attach to a Hangul name.
 */
export function rightBoundaryOk(text: string, end: number): boolean {
  const last = charFlags(text.charCodeAt(end - 1));
  if ((last & FLAG_WORD) === 0 || (last & FLAG_UNSPACED) !== 0) return true;
  const after = charFlags(text.charCodeAt(end));
  if ((after & FLAG_WORD) === 0) return true;
  return (last & FLAG_HANGUL) !== 0 && (after & FLAG_HANGUL) !== 0 && startsWithKoreanParticle(text, end);
}

/** Extends a match's end over combining marks that belong to its last letter. */
export function extendOverMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length && charInfo(text.charCodeAt(e)).kind === KIND_MARK) e++;
  return e;
}

/**
 * The gaps of a term as matching rules: its own gap (none, hyphen, space) or GAP_ANY between two characters of
 * which one is Han, kana or Hangul.
 */
export function termGaps(gaps: number[], flags: number[]): Uint8Array {
  const out = new Uint8Array(gaps.length);
  for (let i = 1; i < gaps.length; i++) {
    const loose = ((flags[i - 1]! | flags[i]!) & (FLAG_UNSPACED | FLAG_HANGUL)) !== 0;
    out[i] = loose ? GAP_ANY : gaps[i]!;
  }
  return out;
}

/**
 * Whether a gap in the text fits the term's gap there. A space in the term needs a space or a dash (Kim Jong Un,
 * Kim Jong-un); a dash in the term accepts anything (Noord-Korea, Noord Korea, Hwasong15); no gap in the term accepts
 * a dash (Pyong-yang) but not a space, so "NorthKorea" is not "North Korea".
 */
export function gapFits(termGap: number, textGap: number): boolean {
  if (termGap === GAP_ANY || termGap === GAP_HYPHEN) return true;
  if (termGap === GAP_SPACE) return textGap !== GAP_NONE;
  return textGap !== GAP_SPACE;
}

/** Whether a pattern needs no check on a span without gaps: no stricter form, and every gap rule accepts no gap. */
export function isPlainPattern(check: string | null, gaps: Uint8Array): boolean {
  if (check !== null) return false;
  for (let k = 1; k < gaps.length; k++) if (!gapFits(gaps[k]!, GAP_NONE)) return false;
  return true;
}
