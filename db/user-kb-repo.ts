// The user's own entities (origin 'user') and aliases for any entity, kept apart from packs and list refreshes.
import { isAcronym, nameLanguage } from '../core/designations/names';
import { ENTITY_TYPES, type Entity, type EntityName, type EntityType, type Identifier } from '../core/kb/entity';
import { fromRow, toRow } from './entities-repo';
import type { SanctionsLensDb, UserAliasRow } from './schema';

/** Which input a {@link UserKbError} is about, so that a form can show the message next to it. */
export type UserKbField = 'type' | 'name' | 'names' | 'identifiers' | 'alias' | 'entity';

/** A rejected change to the user's entities or aliases; the message is a sentence for people. */
export class UserKbError extends Error {
  override readonly name = 'UserKbError';

  constructor(
    readonly field: UserKbField,
    message: string,
  ) {
    super(message);
  }
}

/** What the user gives for an entity of their own. */
export interface UserEntityInput {
  type: EntityType;
  /** The canonical name, e.g. "CHON MA SAN". */
  name: string;
  /** Other names; the language is guessed from the script when not given. */
  names?: { text: string; lang?: string }[];
  background?: string;
  /** Identifiers such as `{ scheme: 'imo', value: '8660313' }`. */
  identifiers?: Identifier[];
}

/** What the user gives for an alias. */
export interface AliasInput {
  /** The entity the alias names: any entity, from a pack, a list or the user. */
  entityId: string;
  text: string;
  /** BCP-47 language tag; guessed from the script when not given. */
  lang?: string;
  caseSensitive?: boolean;
}

/** Options for tests: a clock and an id generator. */
export interface UserKbOptions {
  now?: () => number;
  newId?: () => string;
}

const MAX_NAME = 200;

/** The user's entities and aliases. Entities get ids `user-<slug>`; aliases live in the `aliases` table. */
export class UserKbRepo {
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    private readonly db: SanctionsLensDb,
    options: UserKbOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /**
   * Adds an entity of the user's own, with id `user-<slug of the name>` (`-2`, `-3`… when taken).
   * @throws UserKbError for an empty name, an unknown type or a malformed identifier
   */
  async addEntity(input: UserEntityInput): Promise<Entity> {
    const fields = checkEntity(input);
    return this.db.transaction('rw', this.db.entities, async () => {
      const base = `user-${slug(fields.name)}`;
      let id = base;
      for (let n = 2; await this.db.entities.get(id); n++) id = `${base}-${n}`;
      const entity: Entity = { id, origin: 'user', dates: [], relations: [], sources: [], ...fields };
      await this.db.entities.add(toRow(entity));
      return entity;
    });
  }

  /**
   * Replaces the facts of one of the user's entities; its id stays.
   * @throws UserKbError when the entity is not the user's, or for the same input errors as {@link addEntity}
   */
  async updateEntity(id: string, input: UserEntityInput): Promise<Entity> {
    const fields = checkEntity(input);
    return this.db.transaction('rw', this.db.entities, async () => {
      const row = await this.userRow(id);
      const entity: Entity = { ...fromRow(row), ...fields };
      await this.db.entities.put(toRow(entity));
      return entity;
    });
  }

  /** Deletes one of the user's entities and the aliases given to it. */
  async deleteEntity(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.entities, this.db.aliases, async () => {
      await this.userRow(id);
      await this.db.aliases.where('entityId').equals(id).delete();
      await this.db.entities.delete(id);
    });
  }

  /** The user's entities, by name. */
  async listEntities(): Promise<Entity[]> {
    const rows = await this.db.entities.where('origin').equals('user').toArray();
    return rows.map(fromRow).sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Gives any entity an extra name.
   * @throws UserKbError for an unknown entity, an empty or overlong alias, or a name the entity already has
   */
  async addAlias(input: AliasInput): Promise<UserAliasRow> {
    const text = clean(input.text);
    if (text.length < 2) throw new UserKbError('alias', 'Write the alias: at least two characters.');
    if (text.length > MAX_NAME) throw new UserKbError('alias', `An alias is at most ${MAX_NAME} characters.`);
    return this.db.transaction('rw', this.db.entities, this.db.aliases, async () => {
      const row = await this.db.entities.get(input.entityId);
      if (!row) throw new UserKbError('entity', `No entity "${input.entityId}" in the knowledge base: pick one.`);
      const key = nameKey(text);
      const aliases = await this.db.aliases.where('entityId').equals(row.id).toArray();
      if ([row.name, ...row.names.map((n) => n.text)].some((n) => nameKey(n) === key)) {
        throw new UserKbError('alias', `"${text}" is already a name of ${row.name}.`);
      }
      if (aliases.some((a) => nameKey(a.text) === key)) {
        throw new UserKbError('alias', `"${text}" is already one of your aliases of ${row.name}.`);
      }
      const alias: UserAliasRow = {
        id: this.newId(),
        entityId: row.id,
        text,
        lang: input.lang?.trim() || nameLanguage(text),
        created: this.now(),
      };
      if (input.caseSensitive ?? isAcronym(text)) alias.caseSensitive = true;
      await this.db.aliases.add(alias);
      return alias;
    });
  }

  /** Removes one of the user's aliases; an unknown id is ignored. */
  async removeAlias(id: string): Promise<void> {
    await this.db.aliases.delete(id);
  }

  /** The user's aliases, of one entity or of all, oldest first. */
  async listAliases(entityId?: string): Promise<UserAliasRow[]> {
    const rows = entityId
      ? await this.db.aliases.where('entityId').equals(entityId).toArray()
      : await this.db.aliases.toArray();
    return rows.sort((a, b) => a.created - b.created);
  }

  private async userRow(id: string) {
    const row = await this.db.entities.get(id);
    if (!row) throw new UserKbError('entity', `No entity "${id}" in the knowledge base.`);
    if (row.origin !== 'user')
      throw new UserKbError('entity', `${row.name} is not one of your entities; add an alias.`);
    return row;
  }
}

/**
 * The user's aliases as extra names per entity id, for detection: `{ 'north-korea': [{ text: 'Hermit Kingdom', … }] }`.
 * Aliases of entities no longer in the knowledge base are included: they apply again if the entity comes back.
 */
export async function aliasTerms(db: SanctionsLensDb): Promise<Record<string, EntityName[]>> {
  const terms: Record<string, EntityName[]> = {};
  for (const a of await db.aliases.orderBy('entityId').toArray()) {
    const name: EntityName = { text: a.text, lang: a.lang };
    if (a.caseSensitive) name.caseSensitive = true;
    (terms[a.entityId] ??= []).push(name);
  }
  return terms;
}

/** The id part of a name: ASCII letters and digits joined by hyphens, or `entity` for a name without any. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'entity';
}

/** Whether an IMO ship number is seven digits with a correct check digit. */
export function validImo(value: string): boolean {
  if (!/^\d{7}$/.test(value)) return false;
  const d = [...value].map(Number);
  return d.slice(0, 6).reduce((sum, x, i) => sum + x * (7 - i), 0) % 10 === d[6];
}

function checkEntity(input: UserEntityInput): Omit<Entity, 'id' | 'origin' | 'dates' | 'relations' | 'sources'> {
  if (!(ENTITY_TYPES as readonly string[]).includes(input.type)) {
    throw new UserKbError('type', `Unknown type "${input.type}"; choose one of ${ENTITY_TYPES.join(', ')}.`);
  }
  const name = clean(input.name);
  if (!name) throw new UserKbError('name', 'Write a name.');
  if (name.length > MAX_NAME) throw new UserKbError('name', `A name is at most ${MAX_NAME} characters.`);
  const names: EntityName[] = [];
  for (const n of [{ text: name }, ...(input.names ?? [])]) {
    const text = clean(n.text);
    if (!text || names.some((m) => nameKey(m.text) === nameKey(text))) continue;
    if (text.length > MAX_NAME) throw new UserKbError('names', `A name is at most ${MAX_NAME} characters.`);
    const entry: EntityName = { text, lang: ('lang' in n && n.lang?.trim()) || nameLanguage(text) };
    if (isAcronym(text)) entry.caseSensitive = true;
    names.push(entry);
  }
  return { type: input.type, name, names, background: input.background?.trim() ?? '', identifiers: checkIds(input) };
}

function checkIds(input: UserEntityInput): Identifier[] {
  const out: Identifier[] = [];
  for (const id of input.identifiers ?? []) {
    let value = clean(id.value);
    if (!value) continue;
    if (id.scheme === 'imo') {
      value = value.replace(/^IMO\s*(number|no\.?)?:?\s*/i, '');
      if (!validImo(value)) {
        throw new UserKbError(
          'identifiers',
          `"${id.value}" is not an IMO number: seven digits, the last a check digit.`,
        );
      }
    }
    if (!out.some((o) => o.scheme === id.scheme && o.value === value)) out.push({ scheme: id.scheme, value });
  }
  return out;
}

function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function nameKey(text: string): string {
  return clean(text).toLowerCase();
}
