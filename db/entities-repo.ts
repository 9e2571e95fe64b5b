// Reads and writes knowledge-base entities.
import type { Entity } from '../core/kb/entity';
import { searchableNames } from '../core/kb/entity';
import type { EntityRow, SanctionsLensDb } from './schema';

/** Adds the name index to an entity for storage. */
export function toRow(entity: Entity): EntityRow {
  return { ...entity, allNames: searchableNames(entity) };
}

/** Strips storage-only fields. */
export function fromRow(row: EntityRow): Entity {
  const { allNames: _allNames, ...entity } = row;
  return entity;
}

/** Entity access for the background and extension pages. */
export class EntitiesRepo {
  constructor(private readonly db: SanctionsLensDb) {}

  /** Stores or replaces entities. */
  async putAll(entities: Entity[]): Promise<void> {
    await this.db.entities.bulkPut(entities.map(toRow));
  }

  /** The entities with these ids, in the same order; missing ones are left out. */
  async getMany(ids: string[]): Promise<Entity[]> {
    const rows = await this.db.entities.bulkGet(ids);
    return rows.filter((r): r is EntityRow => !!r).map(fromRow);
  }

  /** Entities one of whose names starts with `prefix` (any language, case-insensitive). */
  async searchByName(prefix: string, limit = 50): Promise<Entity[]> {
    const p = prefix.trim().toLowerCase();
    if (!p) return [];
    const rows = await this.db.entities.where('allNames').startsWith(p).distinct().limit(limit).toArray();
    return rows.map(fromRow);
  }

  /** Number of stored entities. */
  count(): Promise<number> {
    return this.db.entities.count();
  }
}
