// Tests how the knowledge-base loader treats designations downloaded by a refresh (db/designations-refresh.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { REFRESH_META_KEY } from './designations-refresh';
import { EntitiesRepo } from './entities-repo';
import { DESIGNATIONS_META_KEY, DESIGNATIONS_REFRESH_META_KEY, loadKnowledgeBase } from './kb-loader';
import { designation, freshDb as openDb, ids, LIST_1, pack, PACK_V1, packEntity, snapshot } from './kb-loader-fixtures';
import type { SanctionsLensDb } from './schema';

let opened: SanctionsLensDb | undefined;
function freshDb(): ReturnType<typeof openDb> {
  const fresh = openDb();
  opened = fresh.db;
  return fresh;
}
afterEach(() => opened?.close());

describe('loadKnowledgeBase after a designations refresh', () => {
  it('keeps designations from a later refresh until a snapshot has a newer list', async () => {
    const { db } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1, now: () => 10 });
    // What a refresh leaves: its own designation rows and its record.
    await db.entities.where('origin').equals('designation').delete();
    await new EntitiesRepo(db).putAll([designation('des-1', 'REFRESHED'), designation('des-9'), designation('delta')]);
    const refresh = { unListDate: '2025-06-01', ofacListDate: '2025-06-01', refreshedAt: 20 };
    await db.meta.put({ key: DESIGNATIONS_REFRESH_META_KEY, value: refresh });
    const refreshed = await db.entities.where('origin').equals('designation').toArray();

    const v2 = pack('2.0.0', [packEntity('alpha'), packEntity('delta')]);
    const upgrade = await loadKnowledgeBase(db, { pack: v2, designations: LIST_1, now: () => 30 });
    expect(upgrade).toMatchObject({ changed: true, keptRefreshed: true, shadowed: ['delta'], removed: 2 });
    expect(await ids(db, 'pack')).toEqual(['alpha', 'delta']);
    expect(await ids(db, 'designation')).toEqual(['des-1', 'des-9']);
    const kept = JSON.stringify(refreshed.filter((row) => row.id !== 'delta'));
    expect(JSON.stringify(await db.entities.where('origin').equals('designation').toArray())).toBe(kept);

    const older = snapshot('2025-05-01', [designation('des-1', 'BUNDLED')]);
    expect(await loadKnowledgeBase(db, { pack: v2, designations: older, now: () => 40 })).toMatchObject({
      changed: false,
      keptRefreshed: true,
    });
    // A new pack with that older snapshot replaces the pack only, and leaves the refresh in charge for later loads.
    for (const [version, now] of [
      ['3.0.0', 41],
      ['3.1.0', 42],
    ] as const) {
      const next = pack(version, [packEntity('alpha', `Alpha in pack ${version}. Still two sentences.`)]);
      expect(await loadKnowledgeBase(db, { pack: next, designations: older, now: () => now })).toMatchObject({
        changed: true,
        keptRefreshed: true,
      });
      expect(await ids(db, 'designation')).toEqual(['des-1', 'des-9']); // delta comes back with the next refresh
      expect((await new EntitiesRepo(db).getMany(['des-1']))[0]?.name).toBe('REFRESHED');
    }
    expect((await db.meta.get(DESIGNATIONS_META_KEY))?.value).toMatchObject({ generatedAt: '2025-04-19' });

    const newer = snapshot('2025-07-01', [designation('des-1', 'BUNDLED')]);
    expect(await loadKnowledgeBase(db, { pack: v2, designations: newer, now: () => 50 })).toMatchObject({
      changed: true,
      keptRefreshed: false,
    });
    expect(await ids(db, 'designation')).toEqual(['des-1']);
    expect((await new EntitiesRepo(db).getMany(['des-1']))[0]?.name).toBe('BUNDLED');
    expect((await db.meta.get(DESIGNATIONS_META_KEY))?.value).toMatchObject({ generatedAt: '2025-07-01' });

    // The refresh record is now older than the stored snapshot, so it no longer protects anything.
    const rollback = snapshot('2025-05-15', [designation('des-5')]);
    await loadKnowledgeBase(db, { pack: v2, designations: rollback, now: () => 60 });
    expect(await ids(db, 'designation')).toEqual(['des-5']);
  });

  it('keeps the designations of a refresh made after loading the same snapshot, whatever its list dates', async () => {
    const { db } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1, now: () => 10 });
    await new EntitiesRepo(db).putAll([designation('des-1', 'REFRESHED')]);
    const refresh = { unListDate: '2025-01-01', ofacListDate: '2025-01-01', refreshedAt: 20 };
    await db.meta.put({ key: DESIGNATIONS_REFRESH_META_KEY, value: refresh });
    const v2 = pack('2.0.0', [packEntity('alpha')]);
    expect(await loadKnowledgeBase(db, { pack: v2, designations: LIST_1, now: () => 30 })).toMatchObject({
      keptRefreshed: true,
    });
    expect((await new EntitiesRepo(db).getMany(['des-1']))[0]?.name).toBe('REFRESHED');
  });

  it('reads the refresh record under the key that the refresh writes', () => {
    expect(DESIGNATIONS_REFRESH_META_KEY).toBe(REFRESH_META_KEY);
  });
});
