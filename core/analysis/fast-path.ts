// A cheap pre-check: does a small sample of a page contain any trigger string for North Korea in any script?

/**
 * Trigger strings, case-folded, a space standing for any gap (none, or a run of white space, dashes and invisible
 * characters: "Nordkorea", "Noord-Korea", "North\u00a0Korea"), a leading `^` for the start of a word ("N. Korea", not
 * "Japan. Korea"): a short piece of every way of writing North Korea, its
 * capital or its leader in the pack's languages. Latin-script "Korea" and "Corea" count only with what makes them the
 * North ("North Korea", "Korea Utara", "Nordkorea", "Corea del Norte", "République populaire démocratique de
 * Corée"...), so that pages about South Korea, K-pop or Korean food stop at the fast path (on the benchmark's
 * corpora, 6 of the 10 real pages and 8 of the 32 hard negatives of the evaluation corpus that "Korea" alone let
 * through). The Cyrillic stems cover every case of Корея/Кореї and of the adjective in Корейская
 * Народно-Демократическая Республика. A trigger may still fire on South Korea (Корея, 조선 "shipbuilding"): the fast
 * path only has to be sure when it says "nothing here". Names the pack marks ambiguous (조선, 북측, "Kim") need an
 * unambiguous name beside them to count, so they need no trigger of their own.
 */
export const FAST_PATH_TRIGGERS: readonly string[] = [
  'north korea',
  '^n. korea',
  "people's republic of korea",
  'people’s republic of korea',
  'peoples republic of korea',
  'korea utara',
  'demokratik korea',
  'korut',
  'rrdk',
  'nord korea',
  'volksrepublik korea',
  'dvrk',
  'noord korea',
  'volksrepubliek korea',
  'dvk',
  'corée du nord',
  'coree du nord',
  'nord coréen',
  'nord coreen',
  'démocratique de corée',
  'democratique de coree',
  'rpdc',
  'corea del norte',
  'corea del nord',
  'norcorean',
  'nordcorean',
  'democrática de corea',
  'democratica de corea',
  'dprk',
  'pyongyang',
  'pjöngjang',
  'pjongjang',
  'pionyang',
  'p’yŏngyang',
  "p'yŏngyang",
  'kim jong',
  '북한',
  '조선',
  '평양',
  '김정은',
  '北朝鮮',
  '朝鲜',
  '朝鮮',
  '北韩',
  '北韓',
  '平壤',
  '平壌',
  'ピョンヤン',
  '金正恩',
  'キム・ジョンウン',
  'кндр',
  'корея',
  'кореи',
  'корее',
  'корею',
  'кореей',
  'кореї',
  'кореєю',
  'корейск',
  'корейськ',
  'пхеньян',
  'кім чен',
  'ким чен',
];

/** What a space of a trigger stands for: any run of white space, dashes and invisible characters, or none. */
const GAP = '[\\s\\u00ad\\u200b-\\u200d\\u2010-\\u2015-]*';

/** Words of the triggers that most text lacks: the cheap first scan looks for these (or the trigger itself). */
const KEY_WORDS = ['korea', 'corea', 'corée', 'coree'];

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression's source for a trigger or a piece of one. */
function source(t: string): string {
  const body = escape(t.replace(/^\^/, '')).replace(/ /g, GAP);
  return t.startsWith('^') ? `(?<!\\p{L})${body}` : body;
}

/** The piece of a trigger that the first scan looks for: its key word, or the whole trigger. */
export function prefilterPiece(trigger: string): string {
  return KEY_WORDS.find((w) => trigger.includes(w)) ?? trigger;
}

/** First scan: any key word or trigger without one, as it stands (a plain alternation, the fastest form). */
const PREFILTER_RE = new RegExp([...new Set(FAST_PATH_TRIGGERS.map(prefilterPiece))].map(source).join('|'), 'iu');
/** Second scan, only of a sample that the first found something in: the triggers, their spaces as gaps. */
const TRIGGER_RE = new RegExp([...new Set(FAST_PATH_TRIGGERS)].map(source).join('|'), 'iu');

/** The outcome of {@link fastPathCheck}. */
export interface FastPathResult {
  /** False when the sample certainly does not concern North Korea, so the full analysis can be skipped. */
  maybe: boolean;
  /** The first trigger found, as written in the sample. */
  trigger?: string;
}

/**
 * Looks for any {@link FAST_PATH_TRIGGERS} in `sample` (typically the title, the description and the first few
 * hundred KB of the body's text). Pure and allocation-light: a case-insensitive scan for the triggers' key words
 * (most pages have none of them, and that scan is as cheap as one for plain strings), then, only where it found one,
 * for the triggers themselves.
 */
export function fastPathCheck(sample: string): FastPathResult {
  if (!PREFILTER_RE.test(sample)) return { maybe: false };
  const m = TRIGGER_RE.exec(sample);
  return m ? { maybe: true, trigger: m[0] } : { maybe: false };
}
