// Russian and Ukrainian case forms of a name, from a small table of endings per paradigm (Пхеньян → Пхеньяна…).

/** Endings per grammatical case (ru: nom, gen, dat, acc, ins, prep; uk: the same with loc, plus voc). */
type Cases = readonly (readonly string[])[];

/** A paradigm: the nominative ending it applies to (replaced by each case's ending) and its case endings. */
interface Paradigm {
  ending: string;
  /** Extra condition on the word (on top of ending with `ending`). */
  when?: RegExp;
  cases: Cases;
}

const RU_NOUNS: Paradigm[] = [
  { ending: 'ия', cases: [['ия'], ['ии'], ['ии'], ['ию'], ['ией', 'иею'], ['ии']] },
  { ending: 'я', cases: [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']] },
  { ending: 'а', when: /[жшчщ]а$/, cases: [['а'], ['и'], ['е'], ['у'], ['ей', 'ею', 'ой'], ['е']] },
  { ending: 'а', when: /[гкх]а$/, cases: [['а'], ['и'], ['е'], ['у'], ['ой', 'ою'], ['е']] },
  { ending: 'а', cases: [['а'], ['ы'], ['е'], ['у'], ['ой', 'ою'], ['е']] },
  { ending: 'й', cases: [['й'], ['я'], ['ю'], ['й'], ['ем'], ['е', 'и']] },
  { ending: 'ь', cases: [['ь'], ['я', 'и'], ['ю', 'и'], ['ь'], ['ем', 'ью'], ['е', 'и']] },
  { ending: 'ы', cases: [['ы'], ['ов'], ['ам'], ['ы'], ['ами'], ['ах']] },
  // Surnames in -ин, -ов: Путин, Путиным.
  { ending: '', when: /(?:ин|ын|ов|ев)$/, cases: [[''], ['а'], ['у'], [''], ['ым', 'ом'], ['е']] },
  { ending: '', when: /[жшчщц]$/, cases: [[''], ['а'], ['у'], [''], ['ем', 'ом'], ['е']] },
  { ending: '', when: /[бвгдзклмнпрстфх]$/, cases: [[''], ['а'], ['у'], [''], ['ом'], ['е']] },
];

const RU_ADJECTIVES: Paradigm[] = [
  { ending: 'ый', cases: [['ый'], ['ого'], ['ому'], ['ый', 'ого'], ['ым'], ['ом']] },
  { ending: 'ий', cases: [['ий'], ['ого', 'его'], ['ому', 'ему'], ['ий', 'ого', 'его'], ['им'], ['ом', 'ем']] },
  { ending: 'ой', cases: [['ой'], ['ого'], ['ому'], ['ой', 'ого'], ['ым', 'им'], ['ом']] },
  { ending: 'ая', cases: [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']] },
  { ending: 'яя', cases: [['яя'], ['ей'], ['ей'], ['юю'], ['ей', 'ею'], ['ей']] },
  { ending: 'ое', cases: [['ое'], ['ого'], ['ому'], ['ое'], ['ым'], ['ом']] },
  { ending: 'ее', cases: [['ее'], ['его'], ['ему'], ['ее'], ['им'], ['ем']] },
  { ending: 'ые', cases: [['ые'], ['ых'], ['ым'], ['ые', 'ых'], ['ыми'], ['ых']] },
  { ending: 'ие', cases: [['ие'], ['их'], ['им'], ['ие', 'их'], ['ими'], ['их']] },
];

// "~" before an ending: the stem's last г, к, х becomes з, ц, с (Америка → Америці, Гамбург → Гамбурзі).
const UK_NOUNS: Paradigm[] = [
  { ending: 'ія', cases: [['ія'], ['ії'], ['ії'], ['ію'], ['ією'], ['ії'], ['іє']] },
  { ending: 'я', when: /[аеєиіїоуюя']я$/, cases: [['я'], ['ї'], ['ї'], ['ю'], ['єю'], ['ї'], ['є']] },
  { ending: 'я', cases: [['я'], ['і'], ['і'], ['ю'], ['ею'], ['і'], ['е']] },
  { ending: 'а', when: /[жчшщ]а$/, cases: [['а'], ['і'], ['і'], ['у'], ['ею'], ['і'], ['е']] },
  { ending: 'а', cases: [['а'], ['и'], ['~і'], ['у'], ['ою'], ['~і'], ['о']] },
  { ending: 'й', cases: [['й'], ['ю', 'я'], ['ю', 'єві'], ['й'], ['єм'], ['ї', 'ю'], ['ю']] },
  { ending: 'ь', cases: [['ь'], ['я', 'і'], ['ю', 'еві'], ['ь'], ['ем', 'ю'], ['і'], ['ю']] },
  { ending: 'и', cases: [['и'], ['ів'], ['ам'], ['и'], ['ами'], ['ах'], ['и']] },
  // Surnames in -ін, -ов: Путін, Путіним.
  {
    ending: '',
    when: /(?:ін|ин|ов|ев|єв)$/,
    cases: [[''], ['а'], ['у', 'ові'], [''], ['им', 'ом'], ['~і'], ['е']],
  },
  { ending: '', when: /[жчшщ]$/, cases: [[''], ['а', 'у'], ['у', 'еві'], [''], ['ем'], ['і', 'у'], ['е']] },
  {
    ending: '',
    when: /[бвгґдзклмнпрстфхц]$/,
    cases: [[''], ['а', 'у'], ['у', 'ові'], [''], ['ом'], ['~і', 'у'], ['е']],
  },
];

const UK_ADJECTIVES: Paradigm[] = [
  { ending: 'ий', cases: [['ий'], ['ого'], ['ому'], ['ий', 'ого'], ['им'], ['ому', 'ім'], ['ий']] },
  { ending: 'ій', cases: [['ій'], ['ього'], ['ьому'], ['ій', 'ього'], ['ім'], ['ьому', 'ім'], ['ій']] },
  {
    ending: 'а',
    when: /(?:н|ськ|цьк|зьк|ов|ев|ин|ик)а$/,
    cases: [['а'], ['ої'], ['ій'], ['у'], ['ою'], ['ій'], ['а']],
  },
  { ending: 'е', cases: [['е'], ['ого'], ['ому'], ['е'], ['им'], ['ому', 'ім'], ['е']] },
  { ending: 'і', cases: [['і'], ['их'], ['им'], ['і', 'их'], ['ими'], ['их'], ['і']] },
];

const TABLES: Record<'ru' | 'uk', { nouns: Paradigm[]; adjectives: Paradigm[]; cases: number }> = {
  ru: { nouns: RU_NOUNS, adjectives: RU_ADJECTIVES, cases: 6 },
  uk: { nouns: UK_NOUNS, adjectives: UK_ADJECTIVES, cases: 7 },
};

/** Shortest word that inflects: shorter ones are mostly Korean name parts (Ким Чен Ын) or abbreviations. */
const MIN_WORD = 4;
/** At most this many forms per name. */
const MAX_FORMS = 64;
interface Plan {
  word: string;
  p: Paradigm | undefined;
}

const ALTERNATION: Record<string, string> = { г: 'з', к: 'ц', х: 'с' };

function paradigmOf(word: string, table: Paradigm[]): Paradigm | undefined {
  const lower = word.toLowerCase();
  return table.find((p) => lower.endsWith(p.ending) && (!p.when || p.when.test(lower)));
}

/** The part of a word that inflects: after its last hyphen (Народно-Демократическая, IT-специалисты). */
function splitWord(word: string): { prefix: string; core: string } | null {
  const cut = word.lastIndexOf('-') + 1;
  const core = word.slice(cut);
  if (core.length < MIN_WORD || !/^[\p{sc=Cyrillic}']+$/u.test(core) || core === core.toUpperCase()) return null;
  return { prefix: word.slice(0, cut), core };
}

function formsFor(word: string, p: Paradigm, kase: number): string[] {
  const split = splitWord(word);
  if (!split) return [word];
  const stem = split.core.slice(0, split.core.length - p.ending.length);
  return (p.cases[kase] ?? []).map((ending) => {
    if (!ending.startsWith('~')) return split.prefix + stem + ending;
    const last = stem.slice(-1);
    return split.prefix + stem.slice(0, -1) + (ALTERNATION[last] ?? last) + ending.slice(1);
  });
}

/**
 * Every case form of a Russian (`ru`) or Ukrainian (`uk`) name, the name itself first: the leading adjectives and
 * the head noun inflect together (Северная Корея → Северной Кореи), words after the head noun stay as they are
 * (Совет Безопасности → Совета Безопасности). Abbreviations (КНДР), short parts (Ким Чен Ын) and words of no known
 * paradigm (foreign names in -о, -и) are invariant. Only whole forms are produced, so "Россиянин" is not "Россия".
 */
export function caseForms(name: string, lang: 'ru' | 'uk'): string[] {
  const table = TABLES[lang];
  const words = name.trim().split(/\s+/);
  const plans: Plan[] = words.map((word) => ({ word, p: undefined }));
  let head = 0;
  while (head < words.length - 1 && splitWord(words[head]!) && paradigmOf(words[head]!, table.adjectives)) {
    plans[head]!.p = paradigmOf(words[head]!, table.adjectives);
    head++;
  }
  const headWord = words[head]!;
  const noun = splitWord(headWord) ? paradigmOf(headWord, table.nouns) : undefined;
  // A lone adjective-like word is a name of its own (Восточный); nouns win for -ий (Василий) by coming first.
  const lone = words.length === 1 && splitWord(headWord) ? paradigmOf(headWord, table.adjectives) : undefined;
  const out = new Set<string>([name]);
  if (noun || lone) {
    plans[head]!.p = noun ?? lone;
    addForms(out, plans.slice(0, head + 1), words.slice(head + 1), table.cases);
  }
  // A personal name inflects in every part (Владимир Путин → Владимира Путина).
  const parts = words.map((word) => ({ word, p: splitWord(word) ? paradigmOf(word, table.nouns) : undefined }));
  if (head === 0 && words.length > 1 && parts.every((x) => x.p && /^\p{Lu}/u.test(x.word))) {
    addForms(out, parts, [], table.cases);
  }
  return [...out];
}

function addForms(out: Set<string>, inflected: Plan[], rest: string[], cases: number): void {
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  for (let kase = 0; kase < cases; kase++) {
    let combos = [''];
    for (const plan of inflected) {
      const options = plan.p ? formsFor(plan.word, plan.p, kase) : [plan.word];
      const next: string[] = [];
      for (const c of combos)
        for (const o of options) if (next.length < MAX_FORMS) next.push(c === '' ? o : `${c} ${o}`);
      combos = next;
    }
    for (const c of combos) if (out.size < MAX_FORMS) out.add(c + tail);
  }
}
