// Test fixtures for the knowledge-base loader: small packs and snapshots, and a database that records its writes.
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DesignationsSnapshot } from '../core/designations/snapshot';
import type { Entity } from '../core/kb/entity';
import type { Pack, PackEntity } from '../core/kb/pack';
import { createDb, type SanctionsLensDb } from './schema';

/** A valid source. */
const SOURCE = { title: 'Resolution 1718', publisher: 'UN Security Council', url: 'https://un.org/1718' };

/** A valid pack entity of this id. */
export function packEntity(id: string, background = `${id} is a test entity. It has two sentences.`): PackEntity {
  return {
    id,
    type: 'organisation',
    name: id.toUpperCase(),
    names: [{ text: id.toUpperCase(), lang: 'en' }],
    background,
    dates: [],
    identifiers: [],
    relations: [],
    sources: [SOURCE],
  };
}

/** A valid pack `test-pack` of this version. */
export function pack(version: string, entities: PackEntity[]): Pack {
  return {
    format: 'sanctions-lens-pack',
    formatVersion: 1,
    id: 'test-pack',
    version,
    title: 'Test pack',
    updated: '2025-05-01',
    entities,
    signals: { en: [{ term: 'sanctions', weight: 0.5 }] },
  };
}

/** A designation entity of this id, on the UN list. */
export function designation(id: string, name = id.toUpperCase()): Entity {
  return { ...packEntity(id), name, origin: 'designation', designations: [{ list: 'un', reference: id }] };
}

/** A snapshot of the UN list of this date. */
export function snapshot(generatedAt: string, entities: Entity[]): DesignationsSnapshot {
  const source = { file: `un-${generatedAt}.xml`, listDate: generatedAt, sha256: generatedAt, entries: 1 };
  return { formatVersion: 1, generatedAt, sources: [{ list: 'un', ...source }], entities };
}

/** Pack 1.0.0: alpha, bravo, charlie. */
export const PACK_V1 = pack('1.0.0', [packEntity('alpha'), packEntity('bravo'), packEntity('charlie')]);
/** Snapshot of 2025-04-19: des-1, des-2. */
export const LIST_1 = snapshot('2025-04-19', [designation('des-1'), designation('des-2')]);

/**
 * A fresh database, and the list of every write that reaches IndexedDB ("table:type"); writes to the table `failOn`
 * fail.
 */
export function freshDb(failOn?: string): { db: SanctionsLensDb; writes: string[] } {
  const db = createDb('kb', { indexedDB: new IDBFactory(), IDBKeyRange });
  const writes: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            writes.push(`${name}:${req.type}`);
            if (failOn === name) return Promise.reject(new Error(`${name} write failed`));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return { db, writes };
}

/** Every row of every table, as text: equal dumps mean byte-identical contents. */
export async function dump(d: SanctionsLensDb): Promise<string> {
  return JSON.stringify(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()])));
}

/** The ids of the stored entities of this origin, sorted. */
export async function ids(d: SanctionsLensDb, origin: Entity['origin']): Promise<string[]> {
  return (await d.entities.where('origin').equals(origin).primaryKeys()).sort();
}
