// Decides a page's language from its declared tags and from the script and stop words of its text.

/** What {@link detectLanguage} looks at. */
export interface LanguageClues {
  /** The `lang` attribute of `<html>`, if any. */
  htmlLang?: string | null;
  /** The `content-language` meta tag or header, if any (may list several, comma-separated). */
  contentLanguage?: string | null;
  /** A sample of the page's text, ideally its main text (a few thousand characters are enough). */
  text: string;
}

/** Languages that are written in the Latin script (and so are told apart by stop words, not by script). */
const LATIN_STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'said', 'on', 'are', 'by', 'this', 'from', 'has'],
  id: [
    'yang',
    'dan',
    'di',
    'dari',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dalam',
    'pada',
    'akan',
    'adalah',
    'oleh',
  ],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'ein', 'eine', 'dem'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'sur', 'pas', 'au', 'avec', 'sont'],
  es: ['el', 'los', 'las', 'del', 'y', 'por', 'con', 'una', 'para', 'se', 'su', 'al', 'como', 'más', 'fue', 'sus'],
  nl: ['het', 'een', 'van', 'en', 'dat', 'niet', 'op', 'zijn', 'met', 'voor', 'ook', 'wordt', 'werd', 'naar', 'bij'],
  it: ['il', 'di', 'che', 'della', 'per', 'non', 'sono', 'gli', 'nel', 'anche', 'alla', 'delle', 'questo', 'essere'],
  pt: ['os', 'da', 'do', 'dos', 'das', 'não', 'uma', 'com', 'em', 'mais', 'foi', 'pelo', 'pela', 'também', 'são'],
  cs: ['je', 'se', 'na', 'že', 'jsou', 'ale', 'jako', 'také', 'pro', 'které', 'který', 'bylo', 'jeho', 'podle'],
  pl: ['się', 'nie', 'że', 'jest', 'jak', 'ale', 'po', 'przez', 'dla', 'został', 'jego', 'które', 'oraz', 'być'],
};

const STOPWORD_LANGUAGE = new Map<string, string[]>();
for (const [lang, words] of Object.entries(LATIN_STOPWORDS)) {
  for (const w of words) STOPWORD_LANGUAGE.set(w, [...(STOPWORD_LANGUAGE.get(w) ?? []), lang]);
}

/** The script of each language this module can name; languages not listed are taken as Latin-script. */
const SCRIPT_OF: Record<string, Script> = { ko: 'hangul', ja: 'kana', zh: 'han', ru: 'cyrillic', uk: 'cyrillic' };
for (const l of ['bg', 'sr', 'mk', 'be', 'kk']) SCRIPT_OF[l] = 'cyrillic';
for (const l of ['ar', 'fa', 'he', 'th', 'hi', 'el', 'ka', 'hy']) SCRIPT_OF[l] = 'other';

type Script = 'hangul' | 'kana' | 'han' | 'cyrillic' | 'latin' | 'other';

/** Frequent characters written differently in Simplified and Traditional Chinese, pair by pair. */
const SIMPLIFIED = '这国说对时会经发为个们来关与实将过还进应问题东长间军开议员务导网报战际资';
const TRADITIONAL = '這國說對時會經發為個們來關與實將過還進應問題東長間軍開議員務導網報戰際資';

/** How many characters of a text {@link detectLanguage} reads (its start). */
export const LANGUAGE_SAMPLE = 6000;
const SAMPLE = LANGUAGE_SAMPLE;

/** Counts the letters of each script in `text`, and the Cyrillic letters that only Ukrainian or only Russian uses. */
export function scriptCounts(text: string): Record<Script, number> & { ukLetters: number; ruLetters: number } {
  const c = { hangul: 0, kana: 0, han: 0, cyrillic: 0, latin: 0, other: 0, ukLetters: 0, ruLetters: 0 };
  for (const ch of text.slice(0, SAMPLE)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x41) continue;
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) c.latin++;
    else if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f))
      c.hangul++;
    else if (cp >= 0x3040 && cp <= 0x30ff) c.kana++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) c.han++;
    else if (cp >= 0x400 && cp <= 0x4ff) {
      c.cyrillic++;
      if ('іїєґІЇЄҐ'.includes(ch)) c.ukLetters++;
      else if ('ыэъёЫЭЪЁ'.includes(ch)) c.ruLetters++;
    } else if (/\p{L}/u.test(ch)) c.other++;
  }
  return c;
}

/** The main script of a text sample, or `null` when it has too few letters to tell. */
function dominantScript(counts: ReturnType<typeof scriptCounts>): Script | null {
  const letters = counts.hangul + counts.kana + counts.han + counts.cyrillic + counts.latin + counts.other;
  if (letters < 20) return null;
  // Korean text mixes in some Han; Japanese text is a third or more kana; Chinese has Han and no kana.
  if (counts.hangul >= 0.2 * letters) return 'hangul';
  if (counts.kana >= 0.05 * letters && counts.kana + counts.han >= 0.3 * letters) return 'kana';
  if (counts.han >= 0.3 * letters) return 'han';
  if (counts.cyrillic >= 0.3 * letters) return 'cyrillic';
  if (counts.latin >= 0.5 * letters) return 'latin';
  return counts.other >= 0.3 * letters ? 'other' : null;
}

/** Counts stop words of each Latin-script language in a text sample: `{ en: 31, de: 2, ... }`. */
export function stopwordCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of text
    .slice(0, SAMPLE)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    for (const lang of STOPWORD_LANGUAGE.get(m[0]) ?? []) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return counts;
}

/** The primary subtag of a language tag, lower-cased (`en-GB` → `en`), or `null` if it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag?.split(',')[0] ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** `zh-Hans` or `zh-Hant` by the characters that differ, else `zh-Hant` for a declared `zh-TW`/`zh-Hant`, else `zh`. */
export function chineseVariant(text: string, declaredTag: string | null = null): string {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (SIMPLIFIED.includes(ch)) simplified++;
    else if (TRADITIONAL.includes(ch)) traditional++;
  }
  if (simplified > traditional) return 'zh-Hans';
  if (traditional > simplified) return 'zh-Hant';
  return /^\s*zh[-_](?:hant|tw|hk|mo)\b/i.test(declaredTag ?? '') ? 'zh-Hant' : 'zh';
}

/** The script a language is written in (Latin for languages this module does not list). */
function scriptOf(lang: string): Script {
  return SCRIPT_OF[lang] ?? 'latin';
}

/**
 * The page's language as a primary BCP-47 subtag (`en`, `id`, `ko`, `ja`, `ru`, `uk`, `de`, ...), or `und`; Chinese
 * as `zh-Hans` or `zh-Hant` when its characters tell, else `zh`.
 * The text's script decides first (Hangul → ko, kana → ja, Han without kana → zh, Cyrillic → uk when it has
 * і/ї/є/ґ and more of them than ы/э/ъ/ё, else ru), since many sites declare the wrong language in their templates; a
 * declared tag is kept when it agrees with the script, unless, for Latin-script text, its stop words clearly point to
 * another language.
 */
export function detectLanguage(clues: LanguageClues): string {
  const declared = primaryLanguage(clues.htmlLang) ?? primaryLanguage(clues.contentLanguage);
  const counts = scriptCounts(clues.text);
  const script = dominantScript(counts);
  if (script === null) return declared ?? 'und';
  if (script === 'hangul') return 'ko';
  if (script === 'kana') return 'ja';
  if (script === 'han') return chineseVariant(clues.text, clues.htmlLang ?? clues.contentLanguage ?? null);
  if (script === 'cyrillic') {
    if (declared && scriptOf(declared) === 'cyrillic' && declared !== 'ru' && declared !== 'uk') return declared;
    return counts.ukLetters > counts.ruLetters ? 'uk' : 'ru';
  }
  if (script === 'other') return declared && scriptOf(declared) === 'other' ? declared : (declared ?? 'und');
  const stop = stopwordCounts(clues.text);
  const ranked = Object.entries(stop).sort((a, b) => b[1] - a[1]);
  const [best, bestCount] = ranked[0] ?? ['und', 0];
  if (declared && scriptOf(declared) === 'latin') {
    const declaredCount = stop[declared] ?? 0;
    // Overrule the declared tag only on clear evidence: many stop words, several times those of the declared one.
    if (best !== declared && bestCount >= 8 && bestCount >= 3 * Math.max(1, declaredCount)) return best;
    return declared;
  }
  return bestCount >= 2 ? best : 'und';
}
