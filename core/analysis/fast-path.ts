// A cheap pre-check: does a small sample of a page contain any trigger string for North Korea in any script?

/**
 * Trigger strings, case-folded: a short piece of every way of writing North Korea, its capital or its leader in the
 * pack's languages. "korea" covers North Korea, Nordkorea, Noord-Korea, Korea Utara and "North Korean"; "coré" and
 * "corea" the French and Spanish/Italian; the Cyrillic stems cover every case of Корея/Кореї and of the adjective in
 * Корейская Народно-Демократическая Республика. A trigger may also fire on South Korea: the fast path only has to
 * be sure when it says "nothing here". Names the pack marks ambiguous (조선, 북측, "Kim") need an unambiguous name
 * beside them to count, so they need no trigger of their own.
 */
export const FAST_PATH_TRIGGERS: readonly string[] = [
  'korea',
  'coré',
  'corea',
  'korut',
  'rrdk',
  'dprk',
  'dvrk',
  'dvk',
  'rpdc',
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

const TRIGGER_RE = new RegExp(
  [...new Set(FAST_PATH_TRIGGERS)].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'iu',
);

/** The outcome of {@link fastPathCheck}. */
export interface FastPathResult {
  /** False when the sample certainly does not concern North Korea, so the full analysis can be skipped. */
  maybe: boolean;
  /** The first trigger found, as written in the sample. */
  trigger?: string;
}

/**
 * Looks for any {@link FAST_PATH_TRIGGERS} in `sample` (typically the title, the description and the first few
 * hundred KB of the body's text). Pure and allocation-light: one case-insensitive regular expression scan.
 */
export function fastPathCheck(sample: string): FastPathResult {
  const m = TRIGGER_RE.exec(sample);
  return m ? { maybe: true, trigger: m[0] } : { maybe: false };
}
