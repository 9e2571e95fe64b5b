// Finds every name of every knowledge-base entity in a text in one pass of an Aho–Corasick automaton.
//
// Why an automaton rather than one big alternation RegExp (the previous engine), chosen by measurement with
// scripts/bench-match.ts: full dictionary (3,294 names of the pack and the designations, 3,830 keys with case forms),
// 130 real pages (5.35 M chars), same run: the alternation took 4.8–8.9 s even in its fastest form ('gi', no `\s+`;
// the old engine's form with `\s+` and the `u` flag took minutes), one RegExp per term 9–19 s, the automaton 22–52 ms,
// about 3× a bare checksum pass over the text. An alternation tries its alternatives at each position, so it slows as
// the dictionary grows, and every spelling variant makes it bigger; the automaton reads each UTF-16 code unit once,
// through a fold table, whatever the dictionary's size, and variants are only more keys.
//
// How: text and names are folded to keys the same way (normalize.ts): NFKC letters, lower case, Latin diacritics
// dropped, ё → е, ß → ss, apostrophes unified; whitespace, dashes, abbreviation full stops and invisible characters
// are dropped from the key (scan.ts keeps the automaton's state across them). Each key found is then checked on the
// original text (verify.ts, rules.ts): word boundaries, with Korean particles; the gaps it dropped (a space in a name
// needs a space or a dash in the text); exact case for case-sensitive names; diacritics for languages that keep them.
// Russian and Ukrainian names get their case forms as extra keys (cyrillic.ts). Offsets are always into the original.
import type { Entity } from '../kb/entity';
import { buildAutomaton, type Automaton } from './automaton';
import { keyOf, type KeyForm } from './normalize';
import { foldsDiacritics, guessLanguage, isPlainPattern, termGaps } from './rules';
import { termKey } from './term-key';
import { matcherFrom } from './find';
import { FIRST_KEY_SYMBOL, GAP_SYMBOL, MAX_KEY_LENGTH } from './scan';
import { deserializeCompiled, serializeCompiled, type SerializedMatcher } from './serialize';
import { termForms } from './variants';
import { byCodeUnits } from '../code-unit-order';

export { foldCase } from './normalize';
export { matcherFrom, type MatcherPart } from './find';
export type { SerializedMatcher } from './serialize';

/** One name to look for. */
export interface MatcherTerm {
  entityId: string;
  text: string;
  /** BCP-47 language of the name: decides diacritic folding and case forms (guessed for Cyrillic when absent). */
  lang?: string;
  caseSensitive?: boolean;
  ambiguous?: boolean;
}

/** A match: which entity, by which alias, and where (UTF-16 offsets, end exclusive). */
export interface EntityMatch {
  entityId: string;
  alias: string;
  start: number;
  end: number;
}

/** A compiled matcher over a fixed set of names. */
export interface Matcher {
  /** All non-overlapping matches in `text`, leftmost-longest, in order. */
  find(text: string): EntityMatch[];
  /** How many names it was built from. */
  readonly size: number;
}

/** Options for {@link createMatcher}. */
export interface MatcherOptions {
  /** Ambiguous names count only when one of these entities is also matched unambiguously. */
  contextEntityIds?: string[];
}

/** One key to find: a form of a term, with what to check once found. */
export interface Pattern {
  term: number;
  /** The folded key's gaps as rules (see rules.ts `termGaps`). */
  gaps: Uint8Array;
  /** The folded key's code units, to check a candidate's span against. */
  key: Uint16Array;
  /** A stricter form to check (case, diacritics), or null. */
  check: KeyForm | null;
  checkKey: Uint16Array;
  /** The term ends with a full stop ("EE. UU."), which the key leaves out. */
  trailingDot: boolean;
  /** No stricter form to check, and every gap rule accepts no gap: a span without gaps needs no check. */
  plain: boolean;
}

/** A matcher's compiled data, without the text-independent caches. */
export interface CompiledMatcher {
  /** How many terms it was compiled from (a pattern's `term` is an index below this). */
  termCount: number;
  /** The term with index `index` (a loaded matcher decodes each on first use). */
  term(index: number): MatcherTerm;
  /** The term's {@link termKey} (a loaded matcher reads it without decoding the term). */
  termKey(index: number): number;
  /** How many patterns (automaton pattern ids are 0..patternCount-1). */
  patternCount: number;
  /** The pattern with id `index` (a loaded matcher makes each on first use: most are never found on a page). */
  pattern(index: number): Pattern;
  automaton: Automaton;
  alphabet: Map<number, number>;
}

/** Every term of a list of entities, one per name. */
export function termsOf(entities: Entity[]): MatcherTerm[] {
  return entities.flatMap((e) =>
    e.names.map((n) => ({
      entityId: e.id,
      text: n.text,
      lang: n.lang,
      caseSensitive: n.caseSensitive,
      ambiguous: n.ambiguous,
    })),
  );
}

/** A string's UTF-16 code units (typed: one fast, monomorphic read each, whatever the string's representation). */
export function codeUnits(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function withoutTrailingDots(key: string): string {
  return key.replace(/\.+$/, '');
}

/** Compiles terms into patterns and the automaton (the part of {@link createMatcher} that takes time). */
export function compileTerms(terms: MatcherTerm[]): CompiledMatcher {
  const alphabet = new Map<number, number>();
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    const text = term.text.normalize('NFC').trim();
    if (text === '') return;
    const lang = term.lang ?? guessLanguage(text);
    const strict = !foldsDiacritics(lang);
    const cs = term.caseSensitive === true;
    for (const form of termForms(text, lang, cs)) {
      const keyed = keyOf(form, 'fold');
      const key = withoutTrailingDots(keyed.key);
      if (key === '' || key.length > MAX_KEY_LENGTH) continue;
      // Diacritics are checked only where folding dropped some (a Vietnamese name, not a Korean one).
      const marked = strict && withoutTrailingDots(keyOf(form, 'marks').key) !== key;
      const check: KeyForm | null = cs ? (marked ? 'exact' : 'case') : marked ? 'marks' : null;
      const checkKey = check ? withoutTrailingDots(keyOf(form, check).key) : '';
      const gaps = termGaps(keyed.gaps.slice(0, key.length), keyed.flags.slice(0, key.length));
      const id = [term.entityId, term.ambiguous === true, check, checkKey, key, gaps.join()].join('\u0000');
      if (seen.has(id)) continue;
      seen.add(id);
      const plain = isPlainPattern(check, gaps);
      patterns.push({
        term: index,
        gaps,
        key: codeUnits(key),
        check,
        checkKey: codeUnits(checkKey),
        trailingDot: form.endsWith('.'),
        plain,
      });
    }
  });
  // Symbols by frequency in the keys, so that the automaton's full rows cover the common characters.
  const frequency = new Map<number, number>();
  for (const p of patterns) {
    for (const code of p.key) frequency.set(code, (frequency.get(code) ?? 0) + 1);
  }
  [...frequency]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .forEach(([code], i) => alphabet.set(code, i + FIRST_KEY_SYMBOL));
  const symbols = patterns.map((p) => {
    return Int32Array.from(p.key, (code) => alphabet.get(code)!);
  });
  return {
    termCount: terms.length,
    term: (index) => terms[index]!,
    termKey: (index) => termKey(terms[index]!),
    patternCount: patterns.length,
    pattern: (index) => patterns[index]!,
    automaton: buildAutomaton(symbols, alphabet.size + FIRST_KEY_SYMBOL, { transparent: GAP_SYMBOL }),
    alphabet,
  };
}

/**
 * The matcher for `terms`, compiled and turned into JSON-safe data: build it once (e.g. in the background or at
 * build time) and load it with {@link deserializeMatcher}, much faster than compiling.
 */
export function serializeMatcher(terms: MatcherTerm[]): SerializedMatcher {
  return serializeCompiled(compileTerms(terms));
}

/**
 * A matcher loaded from {@link serializeMatcher}'s data.
 * @throws Error when the data is of another format version
 */
export function deserializeMatcher(data: SerializedMatcher, options: MatcherOptions = {}): Matcher {
  return matcherFrom(deserializeCompiled(data), options);
}

/** Builds a matcher for the given terms. */
export function createMatcher(terms: MatcherTerm[], options: MatcherOptions = {}): Matcher {
  return matcherFrom(compileTerms(terms), options);
}

/** Counts matches per entity, most frequent first. */
export function countByEntity(matches: EntityMatch[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id));
}
