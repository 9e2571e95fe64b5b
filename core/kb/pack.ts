// The versioned topic-pack format (curated entities plus detection vocabulary) and its validator.
import { ENTITY_TYPES } from './entity';
import type { Designation, Entity, EntityName, Identifier, KeyDate, Relation, Source } from './entity';

/** The value of `format` in every topic pack. */
export const PACK_FORMAT = 'sanctions-lens-pack';

/** The pack format version that this code reads and writes. */
export const PACK_FORMAT_VERSION = 1;

/** An entity as written in a pack: the loader adds `origin: 'pack'`. */
export type PackEntity = Omit<Entity, 'origin'>;

/** One detection term: a word or phrase that makes a page more likely to be about the pack's topic. */
export interface PackSignal {
  term: string;
  /** How much one occurrence counts, in (0, 1]. */
  weight: number;
  /** Match case exactly (for abbreviations whose lower case is a common word). */
  caseSensitive?: boolean;
}

/** A topic pack: a versioned, self-contained bundle of entities and detection vocabulary for one topic. */
export interface Pack {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  /** Stable kebab-case id, e.g. `north-korea-sanctions`. */
  id: string;
  /** Semantic version of the pack's content, e.g. `1.0.0`. */
  version: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the last content change. */
  updated: string;
  entities: PackEntity[];
  /** Detection vocabulary per BCP-47 language tag. */
  signals: Record<string, PackSignal[]>;
}

/** The outcome of {@link validatePack}: the typed pack, or every problem found, each as "path: what is wrong". */
export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

// Every property each object may have. Records keyed by the model's types, so the compiler flags a property added to
// entity.ts or to Pack but not here (the validator rejects properties it does not know, to catch typos).
const keysOf = <T extends object>(fields: Record<keyof T, true>): string[] => Object.keys(fields);
const PACK_KEYS = keysOf<Pack>({
  format: true,
  formatVersion: true,
  id: true,
  version: true,
  title: true,
  updated: true,
  entities: true,
  signals: true,
});
const ENTITY_KEYS = keysOf<PackEntity>({
  id: true,
  type: true,
  name: true,
  names: true,
  background: true,
  dates: true,
  identifiers: true,
  relations: true,
  sources: true,
  designations: true,
});
const NAME_KEYS = keysOf<EntityName>({ text: true, lang: true, caseSensitive: true, ambiguous: true });
const DATE_KEYS = keysOf<KeyDate>({ date: true, label: true });
const IDENTIFIER_KEYS = keysOf<Identifier>({ scheme: true, value: true });
const RELATION_KEYS = keysOf<Relation>({ type: true, target: true });
const SOURCE_KEYS = keysOf<Source>({ title: true, publisher: true, url: true, date: true });
const DESIGNATION_KEYS = keysOf<Designation>({ list: true, reference: true, listedOn: true, program: true });
const SIGNAL_KEYS = keysOf<PackSignal>({ term: true, weight: true, caseSensitive: true });

// Likewise keyed by the model's unions, so a value added to entity.ts but not here does not compile.
const RELATION_TYPES: Record<Relation['type'], true> = {
  'member-of': true,
  'created-by': true,
  'designated-under': true,
  'successor-of': true,
  'part-of': true,
  'related-to': true,
};
const IDENTIFIER_SCHEMES: Record<Identifier['scheme'], true> = {
  un: true,
  ofac: true,
  imo: true,
  eu: true,
  uk: true,
  other: true,
};
const DESIGNATION_LISTS: Record<Designation['list'], true> = { un: true, us: true, eu: true, uk: true };

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// From semver.org, without the named groups.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// language[-Script][-REGION][-variant]…, in canonical case: "en", "zh-Hans", "pt-BR", "es-419", "sr-Latn-RS".
const BCP47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-(?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*$/;
const MIN_SENTENCES = 2;
const MAX_SENTENCES = 4;

/** Whether `tag` looks like a BCP-47 language tag in canonical case, e.g. `en`, `zh-Hans` or `pt-BR`. */
export function isLanguageTag(tag: string): boolean {
  return BCP47.test(tag);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Whether `text` is an ISO date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialIsoDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isIsoDate(text);
}

// Tokens that end in a full stop without ending a sentence (case-sensitive, so "said no." still ends one).
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr St No Nos Co Corp Inc Ltd Jr Sr vs approx Gen Lt Col Capt Gov Dept Art para Vol ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'
  ).split(' '),
);

/**
 * Counts the sentences of a short prose text. A sentence ends with `.`, `!`, `?` or `…` followed by a space or the
 * end (or with a full-width `。！？`); initials such as "U.S." or "e.g." and common abbreviations such as "No." do not
 * end one, nor does the point of a decimal number.
 */
export function countSentences(text: string): number {
  const t = text.trim();
  if (t === '') return 0;
  let count = 0;
  for (const m of t.matchAll(/([.!?…]+)["'”’)\]]*(?=\s|$)|[。！？]+/gu)) {
    const index = m.index;
    if (m[1] === '.') {
      const token = (/(\S+)$/.exec(t.slice(0, index))?.[1] ?? '').replace(/^[("'“‘[]+/u, '');
      if (/^(?:\p{L}\.)*\p{L}$/u.test(token) || ABBREVIATIONS.has(token)) continue;
    }
    count++;
  }
  if (!/(?:[.!?…]["'”’)\]]*|[。！？])$/u.test(t)) count++;
  return count;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Collects errors as "path: message". */
class Report {
  readonly errors: string[] = [];
  add(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  unknownKeys(path: string, o: Obj, known: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!known.includes(k)) this.add(`${path}.${k}`, `unknown property (expected one of ${known.join(', ')})`);
    }
  }

  nonEmptyString(path: string, v: unknown): v is string {
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(path, `must be a non-empty string, got ${show(v)}`);
      return false;
    }
    return true;
  }

  optionalBoolean(path: string, v: unknown): void {
    if (v !== undefined && typeof v !== 'boolean') this.add(path, `must be true or false when present, got ${show(v)}`);
  }

  array(path: string, v: unknown): v is unknown[] {
    if (!Array.isArray(v)) {
      this.add(path, `must be an array, got ${show(v)}`);
      return false;
    }
    return true;
  }

  object(path: string, v: unknown): v is Obj {
    if (!isObject(v)) {
      this.add(path, `must be an object, got ${show(v)}`);
      return false;
    }
    return true;
  }
}

function checkName(r: Report, path: string, v: unknown): void {
  if (!r.object(path, v)) return;
  r.unknownKeys(path, v, NAME_KEYS);
  r.nonEmptyString(`${path}.text`, v.text);
  if (r.nonEmptyString(`${path}.lang`, v.lang) && !isLanguageTag(v.lang)) {
    r.add(`${path}.lang`, `${show(v.lang)} is not a BCP-47 language tag (expected e.g. "en", "zh-Hans" or "pt-BR")`);
  }
  r.optionalBoolean(`${path}.caseSensitive`, v.caseSensitive);
  r.optionalBoolean(`${path}.ambiguous`, v.ambiguous);
}

function checkSource(r: Report, path: string, v: unknown): void {
  if (!r.object(path, v)) return;
  r.unknownKeys(path, v, SOURCE_KEYS);
  r.nonEmptyString(`${path}.title`, v.title);
  r.nonEmptyString(`${path}.publisher`, v.publisher);
  if (r.nonEmptyString(`${path}.url`, v.url)) {
    let url: URL | null = null;
    try {
      url = new URL(v.url);
    } catch {
      r.add(`${path}.url`, `${show(v.url)} is not a valid URL`);
    }
    if (url && (url.protocol !== 'https:' || url.hostname === '')) {
      r.add(`${path}.url`, `${show(v.url)} must be an https:// URL`);
    }
  }
  if (v.date !== undefined && (typeof v.date !== 'string' || !isIsoDate(v.date))) {
    r.add(`${path}.date`, `${show(v.date)} is not an ISO date (YYYY-MM-DD)`);
  }
}

function checkEntity(r: Report, path: string, v: Obj, ids: ReadonlySet<string>): void {
  r.unknownKeys(path, v, [...ENTITY_KEYS, 'origin']);
  if ('origin' in v) r.add(`${path}.origin`, 'must not be set in a pack (the loader marks pack entities itself)');
  if (!(ENTITY_TYPES as readonly unknown[]).includes(v.type)) {
    r.add(`${path}.type`, `${show(v.type)} is not a known entity type (expected one of ${ENTITY_TYPES.join(', ')})`);
  }
  r.nonEmptyString(`${path}.name`, v.name);

  if (r.array(`${path}.names`, v.names)) {
    if (v.names.length === 0) r.add(`${path}.names`, 'must list at least one name, or the entity can never be found');
    const seen = new Set<string>();
    v.names.forEach((n, i) => {
      checkName(r, `${path}.names[${i}]`, n);
      if (isObject(n) && typeof n.text === 'string' && typeof n.lang === 'string') {
        const key = `${n.lang}\u0000${n.text.normalize('NFC')}`;
        if (seen.has(key)) r.add(`${path}.names[${i}]`, `duplicate name ${show(n.text)} in ${show(n.lang)}`);
        seen.add(key);
      }
    });
  }

  if (r.nonEmptyString(`${path}.background`, v.background)) {
    const n = countSentences(v.background);
    if (n < MIN_SENTENCES || n > MAX_SENTENCES) {
      r.add(`${path}.background`, `must be ${MIN_SENTENCES}–${MAX_SENTENCES} sentences, found ${n}`);
    }
  }

  if (r.array(`${path}.dates`, v.dates)) {
    v.dates.forEach((d, i) => {
      const p = `${path}.dates[${i}]`;
      if (!r.object(p, d)) return;
      r.unknownKeys(p, d, DATE_KEYS);
      if (typeof d.date !== 'string' || !isPartialIsoDate(d.date)) {
        r.add(`${p}.date`, `${show(d.date)} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      }
      r.nonEmptyString(`${p}.label`, d.label);
    });
  }

  if (r.array(`${path}.identifiers`, v.identifiers)) {
    v.identifiers.forEach((d, i) => {
      const p = `${path}.identifiers[${i}]`;
      if (!r.object(p, d)) return;
      r.unknownKeys(p, d, IDENTIFIER_KEYS);
      if (typeof d.scheme !== 'string' || !Object.hasOwn(IDENTIFIER_SCHEMES, d.scheme)) {
        r.add(
          `${p}.scheme`,
          `${show(d.scheme)} is not a known identifier scheme (expected one of ${Object.keys(IDENTIFIER_SCHEMES).join(', ')})`,
        );
      }
      r.nonEmptyString(`${p}.value`, d.value);
    });
  }

  if (r.array(`${path}.relations`, v.relations)) {
    v.relations.forEach((d, i) => {
      const p = `${path}.relations[${i}]`;
      if (!r.object(p, d)) return;
      r.unknownKeys(p, d, RELATION_KEYS);
      if (typeof d.type !== 'string' || !Object.hasOwn(RELATION_TYPES, d.type)) {
        r.add(
          `${p}.type`,
          `${show(d.type)} is not a known relation type (expected one of ${Object.keys(RELATION_TYPES).join(', ')})`,
        );
      }
      if (r.nonEmptyString(`${p}.target`, d.target)) {
        if (d.target === v.id) r.add(`${p}.target`, 'an entity cannot be related to itself');
        else if (!ids.has(d.target)) r.add(`${p}.target`, `${show(d.target)} is not the id of an entity in this pack`);
      }
    });
  }

  if (r.array(`${path}.sources`, v.sources)) {
    if (v.sources.length === 0) r.add(`${path}.sources`, 'must cite at least one source');
    v.sources.forEach((s, i) => checkSource(r, `${path}.sources[${i}]`, s));
  }

  if (v.designations !== undefined && r.array(`${path}.designations`, v.designations)) {
    v.designations.forEach((d, i) => {
      const p = `${path}.designations[${i}]`;
      if (!r.object(p, d)) return;
      r.unknownKeys(p, d, DESIGNATION_KEYS);
      if (typeof d.list !== 'string' || !Object.hasOwn(DESIGNATION_LISTS, d.list)) {
        r.add(`${p}.list`, `${show(d.list)} is not a known list (expected one of un, us, eu, uk)`);
      }
      if (d.reference !== undefined) r.nonEmptyString(`${p}.reference`, d.reference);
      if (d.program !== undefined) r.nonEmptyString(`${p}.program`, d.program);
      if (d.listedOn !== undefined && (typeof d.listedOn !== 'string' || !isIsoDate(d.listedOn))) {
        r.add(`${p}.listedOn`, `${show(d.listedOn)} is not an ISO date (YYYY-MM-DD)`);
      }
    });
  }
}

function checkSignals(r: Report, v: unknown): void {
  if (!r.object('signals', v)) return;
  for (const [lang, terms] of Object.entries(v)) {
    const path = `signals.${lang}`;
    if (!isLanguageTag(lang)) {
      r.add(path, `${show(lang)} is not a BCP-47 language tag (expected e.g. "en", "zh-Hans" or "pt-BR")`);
    }
    if (!r.array(path, terms)) continue;
    if (terms.length === 0) r.add(path, 'must list at least one term');
    const seen = new Set<string>();
    terms.forEach((t, i) => {
      const p = `${path}[${i}]`;
      if (!r.object(p, t)) return;
      r.unknownKeys(p, t, SIGNAL_KEYS);
      if (r.nonEmptyString(`${p}.term`, t.term)) {
        const key = t.caseSensitive === true ? t.term : t.term.toLowerCase();
        if (seen.has(key)) r.add(`${p}.term`, `duplicate term ${show(t.term)}`);
        seen.add(key);
      }
      if (typeof t.weight !== 'number' || !Number.isFinite(t.weight) || t.weight <= 0 || t.weight > 1) {
        r.add(`${p}.weight`, `must be a number greater than 0 and at most 1, got ${show(t.weight)}`);
      }
      r.optionalBoolean(`${p}.caseSensitive`, t.caseSensitive);
    });
  }
}

/**
 * Checks a pack's detection terms alone (as {@link validatePack} checks them): per BCP-47 language, terms weighted in
 * (0, 1], none twice.
 */
export function validateSignals(
  input: unknown,
): { ok: true; signals: Record<string, PackSignal[]> } | { ok: false; errors: string[] } {
  const r = new Report();
  checkSignals(r, input);
  return r.errors.length === 0
    ? { ok: true, signals: input as Record<string, PackSignal[]> }
    : { ok: false, errors: r.errors };
}

/**
 * Checks that `input` (typically parsed JSON) is a well-formed topic pack: the format and its version, kebab-case and
 * unique ids, known entity types, non-empty names with BCP-47 language tags, backgrounds of 2–4 sentences, ISO dates,
 * relations that point at entities of the same pack, known identifier schemes, at least one source per entity with
 * a title, a publisher and an https URL, and detection terms weighted in (0, 1].
 *
 * @returns the pack, typed, when it is valid; otherwise every problem found, each as "path: what is wrong".
 */
export function validatePack(input: unknown): PackValidation {
  const r = new Report();
  if (!isObject(input)) return { ok: false, errors: [`pack: must be an object, got ${show(input)}`] };
  r.unknownKeys('pack', input, PACK_KEYS);
  if (input.format !== PACK_FORMAT) r.add('format', `must be "${PACK_FORMAT}", got ${show(input.format)}`);
  if (input.formatVersion !== PACK_FORMAT_VERSION) {
    r.add(
      'formatVersion',
      `must be ${PACK_FORMAT_VERSION} (the version this code reads), got ${show(input.formatVersion)}`,
    );
  }
  if (r.nonEmptyString('id', input.id) && !KEBAB_CASE.test(input.id)) {
    r.add('id', `${show(input.id)} must be kebab-case (lower-case letters and digits joined by "-")`);
  }
  if (r.nonEmptyString('version', input.version) && !SEMVER.test(input.version)) {
    r.add('version', `${show(input.version)} is not a semantic version such as "1.0.0"`);
  }
  r.nonEmptyString('title', input.title);
  if (typeof input.updated !== 'string' || !isIsoDate(input.updated)) {
    r.add('updated', `${show(input.updated)} is not an ISO date (YYYY-MM-DD)`);
  }

  if (r.array('entities', input.entities)) {
    if (input.entities.length === 0) r.add('entities', 'must contain at least one entity');
    const ids = new Set<string>();
    for (const e of input.entities) if (isObject(e) && typeof e.id === 'string') ids.add(e.id);
    const seen = new Set<string>();
    input.entities.forEach((e, i) => {
      const label = isObject(e) && typeof e.id === 'string' ? `entities[${i}] (${e.id})` : `entities[${i}]`;
      if (!r.object(label, e)) return;
      if (r.nonEmptyString(`${label}.id`, e.id)) {
        if (!KEBAB_CASE.test(e.id)) {
          r.add(`${label}.id`, `${show(e.id)} must be kebab-case (lower-case letters and digits joined by "-")`);
        }
        if (seen.has(e.id)) r.add(`${label}.id`, `duplicate id ${show(e.id)}`);
        seen.add(e.id);
      }
      checkEntity(r, label, e, ids);
    });
  }
  checkSignals(r, input.signals);

  return r.errors.length === 0 ? { ok: true, pack: input as unknown as Pack } : { ok: false, errors: r.errors };
}

/** The pack's entities as knowledge-base entities, marked as coming from a pack. */
export function packEntities(pack: Pack): Entity[] {
  return pack.entities.map((e) => ({ ...e, origin: 'pack' }));
}
