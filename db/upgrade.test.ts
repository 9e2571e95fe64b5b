// Every schema version opens as the current one with nothing lost: fixtures of each version's data, upgraded.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LibraryRepo } from './library-repo';
import { createDb } from './schema';
import { VERSION_FIXTURES, type VersionFixture } from './upgrade-fixtures';

/** A database created by the code of version `fixture.version` (its schema and every earlier one), with its rows. */
async function oldDatabase(factory: IDBFactory, fixture: VersionFixture): Promise<void> {
  const old = new Dexie('sanctions-lens', { indexedDB: factory, IDBKeyRange });
  for (const f of VERSION_FIXTURES.filter((v) => v.version <= fixture.version)) old.version(f.version).stores(f.schema);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkPut(rows);
  old.close();
}

const current = createDb('probe', { indexedDB: new IDBFactory(), IDBKeyRange });
const latest = current.verno;

describe('schema upgrades', () => {
  it('has a fixture for every schema version, the current one included', () => {
    // A new Dexie version needs its fixture in db/upgrade-fixtures.ts (and this test then upgrades from it).
    expect(VERSION_FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
  });

  it.each(VERSION_FIXTURES.map((f) => [f.version, f] as const))(
    'opens a version %i database as the current version with every row kept and indexed',
    async (_v, fixture) => {
      const factory = new IDBFactory();
      await oldDatabase(factory, fixture);
      const db = createDb('sanctions-lens', { indexedDB: factory, IDBKeyRange });
      await db.open();
      try {
        expect(db.verno).toBe(latest);
        for (const [table, rows] of Object.entries(fixture.rows)) {
          const key = db.table(table).schema.primKey.keyPath as string;
          const sorted = (list: Record<string, unknown>[]) =>
            [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
          expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(rows));
        }
        // The indexes work on the upgraded data.
        expect((await db.notes.where('entityIds').equals('komid').toArray()).map((n) => n.id)).toEqual(['v1-note-a']);
        expect(await db.notes.where('tags').equals('선박').count()).toBe(1);
        expect(await db.entities.where('origin').equals('user').count()).toBe(1);
        // And the library reads and backs them up.
        const backup = await new LibraryRepo(db).backupData();
        expect(backup.notes).toHaveLength(fixture.rows.notes!.length);
        expect(backup.userAliases).toHaveLength(fixture.rows.aliases?.length ?? 0);
      } finally {
        db.close();
      }
    },
  );
});
