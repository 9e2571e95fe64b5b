// The knowledge-base entity model shared by the pack loader, the database and the matcher.

/** Kinds of entity that the knowledge base knows about. */
export const ENTITY_TYPES = [
  'state',
  'international-body',
  'sanctions-authority',
  'legal-instrument',
  'treaty',
  'organisation',
  'person',
  'vessel',
  'place',
  'programme',
] as const;

/** One kind of entity, e.g. `state` or `vessel`. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where an entity came from: a curated topic pack, an official designations list, or the user. */
export type EntityOrigin = 'pack' | 'designation' | 'user';

/** A source backing the facts about an entity. */
export interface Source {
  title: string;
  publisher: string;
  url: string;
  /** ISO date (YYYY-MM-DD) of publication or access. */
  date?: string;
}

/** A name of an entity in one language, with matching hints. */
export interface EntityName {
  /** The name as written, e.g. "Korea Utara". */
  text: string;
  /** BCP-47 language tag of the name. */
  lang: string;
  /** Match case exactly (for abbreviations such as "UN" whose lower case is a common word). */
  caseSensitive?: boolean;
  /** Counted only when the page is about North Korea (e.g. "Panel of Experts"). */
  ambiguous?: boolean;
}

/** A dated event in an entity's history. */
export interface KeyDate {
  /** ISO date, YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  label: string;
}

/** A typed link to another entity. */
export interface Relation {
  type: 'member-of' | 'created-by' | 'designated-under' | 'successor-of' | 'part-of' | 'related-to';
  target: string;
}

/** An identifier in an official register, e.g. `{ scheme: 'un', value: 'KPe.001' }`. */
export interface Identifier {
  scheme: 'un' | 'ofac' | 'imo' | 'eu' | 'uk' | 'other';
  value: string;
}

/** A knowledge-base entity as stored in the database and used for matching. */
export interface Entity {
  /** Stable id, e.g. `msmt` or `north-korea`. */
  id: string;
  type: EntityType;
  origin: EntityOrigin;
  /** Canonical English name. */
  name: string;
  names: EntityName[];
  /** A short background, 2–4 sentences. */
  background: string;
  dates: KeyDate[];
  identifiers: Identifier[];
  relations: Relation[];
  sources: Source[];
  /** Official sanctions designations of this entity, when known. */
  designations?: Designation[];
}

/** The lower-cased set of every name of an entity, for the database's multi-entry name index. */
export function searchableNames(entity: Pick<Entity, 'name' | 'names'>): string[] {
  const all = new Set<string>([entity.name.toLowerCase()]);
  for (const n of entity.names) all.add(n.text.normalize('NFC').toLowerCase());
  return [...all];
}

/** A designation of an entity on an official sanctions list. */
export interface Designation {
  /** Which list: UN Security Council, United States (OFAC), European Union, United Kingdom. */
  list: 'un' | 'us' | 'eu' | 'uk';
  /** The list's own reference, e.g. `KPe.001` or an OFAC entry number. */
  reference?: string;
  /** ISO date the party was listed. */
  listedOn?: string;
  /** The list's programme tag, e.g. `DPRK3`. */
  program?: string;
}
