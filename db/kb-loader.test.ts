// Tests the knowledge-base loader: versioning, idempotence, upgrades, replacement, rejection and id clashes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../core/kb/entity';
import { createNote } from '../core/notes/note';
import { pageIdentity } from '../core/page-identity';
import { EntitiesRepo } from './entities-repo';
import {
  DESIGNATIONS_META_KEY,
  KnowledgeBaseInputError,
  loadKnowledgeBase,
  loadKnowledgeBaseTimed,
  PACK_META_KEY,
} from './kb-loader';
import {
  designation,
  dump,
  freshDb as openDb,
  ids,
  LIST_1,
  pack,
  PACK_V1,
  packEntity,
  snapshot,
} from './kb-loader-fixtures';
import { NotesRepo } from './notes-repo';
import type { SanctionsLensDb } from './schema';
import { SettingsRepo } from './settings-repo';

let opened: SanctionsLensDb | undefined;
function freshDb(failOn?: string): ReturnType<typeof openDb> {
  const fresh = openDb(failOn);
  opened = fresh.db;
  return fresh;
}
afterEach(() => opened?.close());

describe('loadKnowledgeBase', () => {
  it('loads both sources once, records their versions, and writes nothing the second time', async () => {
    const { db, writes } = freshDb();
    const first = await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1, now: () => 7 });
    expect(first).toMatchObject({ changed: true, written: 5, removed: 0 });
    expect(await ids(db, 'pack')).toEqual(['alpha', 'bravo', 'charlie']);
    expect(await ids(db, 'designation')).toEqual(['des-1', 'des-2']);
    expect((await db.meta.get(PACK_META_KEY))?.value).toEqual({
      id: 'test-pack',
      version: '1.0.0',
      updated: '2025-05-01',
      loadedAt: 7,
    });
    expect((await db.meta.get(DESIGNATIONS_META_KEY))?.value).toEqual({
      generatedAt: '2025-04-19',
      sources: LIST_1.sources,
      loadedAt: 7,
    });
    expect((await new EntitiesRepo(db).searchByName('bra')).map((e) => e.id)).toEqual(['bravo']);

    const before = await dump(db);
    writes.length = 0;
    const again = await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1, now: () => 8 });
    expect(again).toEqual({
      changed: false,
      written: 0,
      removed: 0,
      shadowed: [],
      keptForUser: [],
      keptRefreshed: false,
    });
    expect(writes).toEqual([]);
    expect(await dump(db)).toBe(before);
  });

  it('loads once when two starts race (the versions are compared again inside the transaction)', async () => {
    const { db } = freshDb();
    const input = { pack: PACK_V1, designations: LIST_1 };
    const results = await Promise.all([loadKnowledgeBase(db, input), loadKnowledgeBase(db, input)]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
  });

  it('goes by version: the same pack version with other content is not reloaded', async () => {
    const { db } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    const edited = pack('1.0.0', [packEntity('alpha', 'Edited without a version bump. Still two sentences.')]);
    expect((await loadKnowledgeBase(db, { pack: edited, designations: LIST_1 })).changed).toBe(false);
    expect(await ids(db, 'pack')).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('does not validate again a pack whose version is loaded (the fast path of every start)', async () => {
    const { db, writes } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    writes.length = 0;
    const sameVersionBroken = { ...PACK_V1, entities: [] };
    expect(await loadKnowledgeBase(db, { pack: sameVersionBroken, designations: LIST_1 })).toMatchObject({
      changed: false,
    });
    expect(writes).toEqual([]);
    await expect(
      loadKnowledgeBase(db, { pack: { ...sameVersionBroken, version: '1.0.1' }, designations: LIST_1 }),
    ).rejects.toThrow(/entities: must contain at least one entity/);
  });

  it('upgrades the pack (adds, changes, removes) and leaves user data byte-identical', async () => {
    const { db, writes } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    const mine: Entity = { ...packEntity('my-company'), origin: 'user' };
    await new EntitiesRepo(db).putAll([mine]);
    await db.aliases.put({ id: 'al-1', entityId: 'alpha', text: 'The Alpha', lang: 'en', created: 3 });
    const target = {
      quote: { type: 'TextQuoteSelector' as const, exact: 'ALPHA', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 0, end: 5 },
    };
    const page = pageIdentity({ url: 'https://ex.com/a' });
    await new NotesRepo(db).put(createNote({ page, target, comment: 'on alpha', entityIds: ['alpha'], now: 1 }));
    await new SettingsRepo(db).set('highlight', 1, 'about');
    const userRow = JSON.stringify(await db.entities.get('my-company'));
    const keep = async () =>
      JSON.stringify([await db.aliases.toArray(), await db.notes.toArray(), await db.settings.toArray()]);
    const userData = await keep();
    const lists = JSON.stringify(await db.entities.where('origin').equals('designation').toArray());

    writes.length = 0;
    const changedAlpha = packEntity('alpha', 'Alpha was renamed in 2025. Its background changed.');
    const v2 = pack('2.0.0', [changedAlpha, packEntity('charlie'), packEntity('delta')]);
    const result = await loadKnowledgeBase(db, { pack: v2, designations: LIST_1 });

    expect(result).toMatchObject({ changed: true, written: 2, removed: 1 });
    expect(await ids(db, 'pack')).toEqual(['alpha', 'charlie', 'delta']);
    expect((await new EntitiesRepo(db).getMany(['alpha']))[0]?.background).toBe(changedAlpha.background);
    expect((await db.meta.get(PACK_META_KEY))?.value).toMatchObject({ version: '2.0.0' });
    expect(JSON.stringify(await db.entities.get('my-company'))).toBe(userRow);
    expect(await keep()).toBe(userData);
    expect(JSON.stringify(await db.entities.where('origin').equals('designation').toArray())).toBe(lists);
    expect(writes.filter((w) => !w.startsWith('entities:') && !w.startsWith('meta:'))).toEqual([]);
  });

  it('replaces all designation entities with a new snapshot and keeps the pack', async () => {
    const { db } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    const packRows = JSON.stringify(await db.entities.where('origin').equals('pack').toArray());
    const list2 = snapshot('2025-06-01', [designation('des-2', 'RENAMED'), designation('des-3')]);
    const result = await loadKnowledgeBase(db, { pack: PACK_V1, designations: list2 });

    expect(result).toMatchObject({ changed: true, written: 2, removed: 1 });
    expect(await ids(db, 'designation')).toEqual(['des-2', 'des-3']);
    expect((await new EntitiesRepo(db).getMany(['des-2']))[0]?.name).toBe('RENAMED');
    expect((await new EntitiesRepo(db).searchByName('des-1')).length).toBe(0);
    expect(JSON.stringify(await db.entities.where('origin').equals('pack').toArray())).toBe(packRows);
    expect((await db.meta.get(DESIGNATIONS_META_KEY))?.value).toMatchObject({ generatedAt: '2025-06-01' });
  });

  it('reloads a snapshot rebuilt from other files even when its date is the same', async () => {
    const { db } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    const rebuilt = snapshot('2025-04-19', [designation('des-1', 'CORRECTED'), designation('des-2')]);
    rebuilt.sources[0]!.sha256 = 'another-file';
    expect(await loadKnowledgeBase(db, { pack: PACK_V1, designations: rebuilt })).toMatchObject({ written: 1 });
    expect((await new EntitiesRepo(db).getMany(['des-1']))[0]?.name).toBe('CORRECTED');
  });

  it("rejects a broken pack with validatePack's reasons and writes nothing", async () => {
    const { db, writes } = freshDb();
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    const before = await dump(db);
    writes.length = 0;
    const broken = pack('2.0.0', [packEntity('alpha', 'Only one sentence.'), packEntity('echo')]);
    broken.entities[1]!.relations = [{ type: 'part-of', target: 'nowhere' }];

    const error = await loadKnowledgeBase(db, { pack: broken, designations: LIST_1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeBaseInputError);
    expect((error as KnowledgeBaseInputError).what).toBe('pack');
    expect((error as KnowledgeBaseInputError).errors).toEqual([
      'entities[0] (alpha).background: must be 2–4 sentences, found 1',
      'entities[1] (echo).relations[0].target: "nowhere" is not the id of an entity in this pack',
    ]);
    await expect(
      loadKnowledgeBase(db, { pack: { ...PACK_V1, version: '9.0.0', format: 'zip' }, designations: LIST_1 }),
    ).rejects.toThrow(/Invalid pack: format: must be "sanctions-lens-pack"/);
    const badList = { ...LIST_1, entities: [{ ...designation('des-9'), origin: 'pack' }] };
    await expect(loadKnowledgeBase(db, { pack: PACK_V1, designations: badList })).rejects.toThrow(
      /Invalid designations: entities\[0\] \(des-9\)\.origin/,
    );
    expect(writes).toEqual([]);
    expect(await dump(db)).toBe(before);
  });

  it('writes the entities and the versions in one transaction: a failed write leaves nothing half-loaded', async () => {
    const { db } = freshDb('meta');
    await expect(loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 })).rejects.toThrow(/meta write failed/);
    expect(await db.entities.count()).toBe(0);
  });

  it('lets the pack win when a pack entity and a designation share an id, and restores the designation later', async () => {
    const { db } = freshDb();
    const list = snapshot('2025-04-19', [designation('bravo', 'BRAVO AS LISTED'), designation('des-1')]);
    const result = await loadKnowledgeBase(db, { pack: PACK_V1, designations: list });
    expect(result.shadowed).toEqual(['bravo']);
    const [bravo] = await new EntitiesRepo(db).getMany(['bravo']);
    expect(bravo).toMatchObject({ origin: 'pack', name: 'BRAVO' });
    expect(bravo).not.toHaveProperty('designations');

    await loadKnowledgeBase(db, { pack: pack('1.1.0', [packEntity('alpha')]), designations: list });
    expect((await new EntitiesRepo(db).getMany(['bravo']))[0]).toMatchObject({
      origin: 'designation',
      name: 'BRAVO AS LISTED',
    });
  });

  it("never overwrites the user's own entity that shares an id", async () => {
    const { db } = freshDb();
    const mine: Entity = { ...packEntity('alpha', 'My own alpha. Written by me.'), origin: 'user' };
    await new EntitiesRepo(db).putAll([mine]);
    const result = await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    expect(result.keptForUser).toEqual(['alpha']);
    expect(await new EntitiesRepo(db).getMany(['alpha'])).toEqual([mine]);
  });

  it('replaces the retired starter seeding: its entities and meta key go', async () => {
    const { db } = freshDb();
    await new EntitiesRepo(db).putAll([{ ...packEntity('old-starter'), origin: 'pack' }]);
    await db.meta.put({ key: 'starter-version', value: 1 });
    await loadKnowledgeBase(db, { pack: PACK_V1, designations: LIST_1 });
    expect(await ids(db, 'pack')).toEqual(['alpha', 'bravo', 'charlie']);
    expect(await db.meta.get('starter-version')).toBeUndefined();
  });
});

describe('loadKnowledgeBaseTimed', () => {
  it('measures the load with performance.now() and counts entities by origin', async () => {
    const { db } = freshDb();
    await new EntitiesRepo(db).putAll([{ ...packEntity('my-company'), origin: 'user' }]);
    const clock = vi.spyOn(performance, 'now').mockReturnValueOnce(100).mockReturnValueOnce(142.5);
    try {
      const timed = await loadKnowledgeBaseTimed(db, { pack: PACK_V1, designations: LIST_1 });
      expect(timed).toMatchObject({ changed: true, ms: 42.5, entities: { pack: 3, designation: 2, user: 1 } });
    } finally {
      clock.mockRestore();
    }
    const again = await loadKnowledgeBaseTimed(db, { pack: PACK_V1, designations: LIST_1 });
    expect(again.changed).toBe(false);
    expect(again.ms).toBeGreaterThanOrEqual(0);
  });
});
