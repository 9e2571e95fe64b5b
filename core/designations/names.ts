// Name normalisation for matching one party across sanctions lists, and name variants for the matcher.

/** Spellings of the same word in company names, folded to one form. */
const EQUIVALENT_WORDS: Record<string, string> = {
  corporation: 'corp',
  corp: 'corp',
  company: 'co',
  co: 'co',
  limited: 'ltd',
  ltd: 'ltd',
  incorporated: 'inc',
  inc: 'inc',
  shipping: 'shpg',
  shpg: 'shpg',
  international: 'intl',
  intl: 'intl',
  department: 'dept',
  dept: 'dept',
  '&': 'and',
  korean: 'korea',
  defence: 'defense',
  organisation: 'organization',
};
/** Words that carry no identity: dropped from every key. */
const NOISE_WORDS = new Set(['the', 'and', 'of']);
/** Legal forms, dropped from the loosest key only ("X SHIPPING CO LTD" = "X SHIPPING COMPANY"). */
const LEGAL_FORMS = new Set(['co', 'ltd', 'corp', 'inc', 'llc', 'jsc', 'plc', 'sa', 'gmbh', 'ooo', 'pte']);
/** Country suffixes, dropped from the loosest key ("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"). */
const COUNTRY_SUFFIXES = [['democratic', 'peoples', 'republic', 'korea'], ['dprk']];

/**
 * The words of a name for matching: diacritics and apostrophes removed ("Kyo'ng" → "kyong"), lower case, other
 * punctuation as spaces, legal words folded ("CORPORATION" and "CORP." → "corp"), "the", "and" and "of" dropped.
 */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    .replace(/&/g, ' & ')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => EQUIVALENT_WORDS[w] ?? w)
    .filter((w) => !NOISE_WORDS.has(w));
}

/** How closely two names agree, from the keys of {@link nameKeys}. */
export type NameKeyKind = 'words' | 'joined' | 'without-legal-form';

/**
 * Comparison keys of a name. Two names match when they share a key:
 * - `words`: the same words in any order ("KIM, Yong Chol" = "KIM YONG CHOL", "CORP." = "CORPORATION");
 * - `joined`: the same letters in order, ignoring spaces ("MIRIM" = "MI RIM", "Ho-jin" = "Hojin");
 * - `without-legal-form`: the same words once legal forms and a country suffix ("of the DPRK") are dropped, when
 *   at least two words remain.
 */
export function nameKeys(name: string): Map<NameKeyKind, string> {
  const tokens = nameTokens(name);
  const keys = new Map<NameKeyKind, string>();
  if (tokens.length === 0) return keys;
  keys.set('words', [...tokens].sort().join(' '));
  keys.set('joined', tokens.join(''));
  let core = tokens.filter((w) => !LEGAL_FORMS.has(w));
  for (const suffix of COUNTRY_SUFFIXES) {
    if (core.length > suffix.length && core.slice(-suffix.length).join(' ') === suffix.join(' ')) {
      core = core.slice(0, -suffix.length);
    }
  }
  if (core.length >= 2 && core.length < tokens.length) keys.set('without-legal-form', core.sort().join(' '));
  return keys;
}

/** The `words` key of a name: the form used to look names up, e.g. OFAC's "Linked To:" targets. */
export function nameKey(name: string): string {
  return nameKeys(name).get('words') ?? '';
}

/**
 * Matcher-friendly forms of an OFAC individual's "LAST, Given" name: family name first without the comma, as
 * Korean names are written ("KIM Yong Chol"), and given names first ("Yong Chol KIM").
 */
export function personNameVariants(listed: string): string[] {
  const m = listed.match(/^([^,]+),\s*(.+)$/);
  if (!m) return [listed];
  const family = m[1]!.trim();
  const given = m[2]!.trim();
  return [`${family} ${given}`, `${given} ${family}`];
}

/**
 * The forms of a listed name: "KOREA KWANGSON BANKING CORPORATION (KKBC)" gives the name without the parenthesis
 * and the acronym; "Jin Tiesan (金铁三)" gives both scripts. A name that refers to another entry, such as
 * "SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)", gives nothing: it names that other entry.
 */
export function nameForms(listed: string): string[] {
  const name = cleanName(listed);
  if (/\(K ?P[ei]\.\d{3}\)/i.test(name)) return [];
  const m = name.match(/^(.+?)\s*\(([^()]+)\)$/);
  if (!m) return name ? [name] : [];
  const base = m[1]!.trim();
  const inner = m[2]!.trim();
  if (isAcronym(inner) || /^[^\p{Script=Latin}]+$/u.test(inner)) return [base, inner];
  return [name];
}

/** The BCP-47 language of a name, guessed from its script: Hangul `ko`, Han `zh`, otherwise `en`. */
export function nameLanguage(name: string): string {
  if (/\p{Script=Hangul}/u.test(name)) return 'ko';
  if (/\p{Script=Han}/u.test(name)) return 'zh';
  return 'en';
}

/** Whether a name looks like an acronym ("KOMID", "RGB", "KPTC"): one upper-case word of up to five characters. */
export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z0-9]{1,4}$/.test(name.trim());
}

/** Whitespace collapsed and trimmed, and quotes around the whole name removed (the UN writes `"KOMID"`). */
export function cleanName(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  const quoted = text.match(/^["“'‘](.+)["”'’]$/);
  return quoted ? quoted[1]!.trim() : text;
}
