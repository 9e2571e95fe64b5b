// Finds every name of every knowledge-base entity in a text, with script-aware word boundaries.
import type { Entity } from '../kb/entity';

/** One name to look for. */
export interface MatcherTerm {
  entityId: string;
  text: string;
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Scripts written without spaces between words: matches need no boundary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Every term of a list of entities, one per name. */
export function termsOf(entities: Entity[]): MatcherTerm[] {
  return entities.flatMap((e) =>
    e.names.map((n) => ({ entityId: e.id, text: n.text, caseSensitive: n.caseSensitive, ambiguous: n.ambiguous })),
  );
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

function escapeForRegExp(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

function compile(terms: MatcherTerm[], fold: boolean): RegExp | null {
  if (terms.length === 0) return null;
  const sources = [...new Set(terms.map((t) => escapeForRegExp(fold ? foldCase(t.text) : t.text)))];
  sources.sort((a, b) => b.length - a.length);
  return new RegExp(sources.join('|'), 'gu');
}

function boundaryOk(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (LETTER_OR_DIGIT.test(first) && !UNSPACED.test(first) && LETTER_OR_DIGIT.test(before)) return false;
  if (LETTER_OR_DIGIT.test(last) && !UNSPACED.test(last) && LETTER_OR_DIGIT.test(after)) {
    // Korean particles attach to the noun: 북한은, 안보리는.
    if (!(HANGUL.test(last) && HANGUL.test(after))) return false;
  }
  return true;
}

/** Builds a matcher for the given terms. */
export function createMatcher(terms: MatcherTerm[], options: MatcherOptions = {}): Matcher {
  const byKey = new Map<string, MatcherTerm[]>();
  const key = (t: MatcherTerm, text: string) => `${t.caseSensitive ? 'c' : 'f'}:${text}`;
  const normalizeKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const t of terms) {
    const k = key(t, normalizeKey(t.caseSensitive ? t.text : foldCase(t.text)));
    byKey.set(k, [...(byKey.get(k) ?? []), t]);
  }
  const sensitive = compile(
    terms.filter((t) => t.caseSensitive),
    false,
  );
  const insensitive = compile(
    terms.filter((t) => !t.caseSensitive),
    true,
  );
  const context = new Set(options.contextEntityIds ?? []);

  function scan(re: RegExp | null, haystack: string, original: string, sensitiveKind: boolean): EntityMatch[] {
    if (!re) return [];
    const out: EntityMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!boundaryOk(original, start, end)) {
        re.lastIndex = start + 1;
        continue;
      }
      const k = `${sensitiveKind ? 'c' : 'f'}:${normalizeKey(m[0])}`;
      for (const t of byKey.get(k) ?? []) {
        out.push({ entityId: t.entityId, alias: t.text, start, end, ...(t.ambiguous ? { ambiguous: true } : {}) });
      }
    }
    return out;
  }

  return {
    size: terms.length,
    find(text: string): EntityMatch[] {
      const nfcText = text.normalize('NFC');
      // NFC can change lengths; only then fall back to the original (offsets must stay true to `text`).
      const source = nfcText.length === text.length ? nfcText : text;
      const all = [...scan(sensitive, source, source, true), ...scan(insensitive, foldCase(source), source, false)];
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: (EntityMatch & { ambiguous?: boolean })[] = [];
      let lastEnd = -1;
      for (const m of all as (EntityMatch & { ambiguous?: boolean })[]) {
        if (m.start < lastEnd) continue;
        kept.push(m);
        lastEnd = m.end;
      }
      const hasContext = kept.some((m) => !m.ambiguous && context.has(m.entityId));
      return kept
        .filter((m) => !m.ambiguous || hasContext)
        .map(({ entityId, alias, start, end }) => ({ entityId, alias, start, end }));
    },
  };
}

/** Counts matches per entity, most frequent first. */
export function countByEntity(matches: EntityMatch[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
