// The Dexie database: schema version 1, opened only by the background and extension pages.
import { Dexie, type EntityTable } from 'dexie';
import type { Entity } from '../core/kb/entity';
import type { Note } from '../core/notes/note';

/** Name of the extension's IndexedDB database. */
export const DB_NAME = 'sanctions-lens';

/** A knowledge-base entity as stored, with a lower-cased name index. */
export interface EntityRow extends Entity {
  /** Every name, lower-cased, for search by any name in any language. */
  allNames: string[];
}

/** What the extension saw on a page, by normalized URL. */
export interface PageRow {
  normalizedUrl: string;
  canonicalUrl?: string;
  title: string;
  lang: string;
  site: string;
  verdict: 'about' | 'mentions' | 'none';
  entities: { id: string; count: number }[];
  /** Epoch ms of the last visit. */
  seen: number;
}

/** A stored setting, versioned. */
export interface SettingRow {
  key: string;
  value: unknown;
  version: number;
}

/** Book-keeping: loaded pack versions and the like. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A name the user added to an entity; kept apart so pack updates and list refreshes never touch it. */
export interface UserAliasRow {
  id: string;
  entityId: string;
  text: string;
  lang: string;
  caseSensitive?: boolean;
  created: number;
}

/** The Sanctions Lens database. */
export type SanctionsLensDb = Dexie & {
  entities: EntityTable<EntityRow, 'id'>;
  notes: EntityTable<Note, 'id'>;
  pages: EntityTable<PageRow, 'normalizedUrl'>;
  settings: EntityTable<SettingRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  aliases: EntityTable<UserAliasRow, 'id'>;
};

/** Schema of each version; new versions are added below with an upgrade, never edited. */
export const SCHEMA_V1 = {
  entities: 'id, type, origin, *allNames',
  notes: 'id, page.normalizedUrl, page.canonicalUrl, *tags, *entityIds, created, modified',
  pages: 'normalizedUrl, canonicalUrl, seen, verdict',
  settings: 'key',
  meta: 'key',
};

/** Version 2: the user's own aliases for any entity. */
export const SCHEMA_V2 = { ...SCHEMA_V1, aliases: 'id, entityId' };

/** Options for tests: an IndexedDB implementation such as fake-indexeddb's. */
export interface DbOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Creates (does not open) the database object. */
export function createDb(name = DB_NAME, options: DbOptions = {}): SanctionsLensDb {
  const db = new Dexie(name, options) as SanctionsLensDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  return db;
}
