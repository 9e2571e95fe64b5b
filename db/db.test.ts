import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../core/kb/starter';
import { createNote } from '../core/notes/note';
import { pageIdentity } from '../core/page-identity';
import { EntitiesRepo } from './entities-repo';
import { NotesRepo } from './notes-repo';
import { createDb, type SanctionsLensDb } from './schema';
import { seedStarter } from './seed';
import { SettingsRepo } from './settings-repo';

let db: SanctionsLensDb;
function freshDb(): SanctionsLensDb {
  db = createDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
  return db;
}
afterEach(() => db?.close());

const target = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'MSMT', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: 4 },
};

describe('database', () => {
  it('seeds the starter entities once and finds them by any name', async () => {
    const d = freshDb();
    expect(await seedStarter(d)).toBe(true);
    expect(await seedStarter(d)).toBe(false);
    const repo = new EntitiesRepo(d);
    expect(await repo.count()).toBe(STARTER_ENTITIES.length);
    expect((await repo.searchByName('korea ut')).map((e) => e.id)).toEqual(['north-korea']);
    expect((await repo.searchByName('다국적')).map((e) => e.id)).toEqual(['msmt']);
    const [msmt] = await repo.getMany(['msmt']);
    expect(msmt).not.toHaveProperty('allNames');
    expect(msmt?.background).toMatch(/eleven states/);
  });

  it("never overwrites the user's own entity when seeding", async () => {
    const d = freshDb();
    const mine = { ...STARTER_ENTITIES[0]!, origin: 'user' as const, background: 'User edited.' };
    await new EntitiesRepo(d).putAll([mine]);
    await seedStarter(d);
    expect(await new EntitiesRepo(d).getMany([mine.id])).toEqual([mine]);
    expect(await new EntitiesRepo(d).count()).toBe(STARTER_ENTITIES.length);
  });

  it('finds notes by page (URL or canonical), tag, entity and date', async () => {
    const notes = new NotesRepo(freshDb());
    const a = pageIdentity({ url: 'https://ex.com/a?utm_source=x', canonical: 'https://ex.com/story' });
    const b = pageIdentity({ url: 'https://ex.com/story' });
    const n1 = createNote({ page: a, target, comment: 'one', tags: ['arms'], entityIds: ['msmt'], now: 1 });
    const n2 = createNote({ page: b, target, comment: 'two', tags: ['ships'], entityIds: ['russia'], now: 2 });
    const n3 = createNote({ page: pageIdentity({ url: 'https://other.org/' }), target, comment: 'three', now: 3 });
    for (const n of [n1, n2, n3]) await notes.put(n);
    expect((await notes.forPage(a)).map((n) => n.comment)).toEqual(['one', 'two']);
    expect((await notes.forPage(b)).map((n) => n.comment)).toEqual(['one', 'two']);
    expect((await notes.byTag('arms')).map((n) => n.id)).toEqual([n1.id]);
    expect((await notes.byEntity('russia')).map((n) => n.id)).toEqual([n2.id]);
    expect((await notes.recent(2)).map((n) => n.id)).toEqual([n3.id, n2.id]);
    await notes.delete(n3.id);
    expect(await notes.get(n3.id)).toBeUndefined();
  });

  it('reads settings only in the version they were written in', async () => {
    const settings = new SettingsRepo(freshDb());
    await settings.set('highlight', 1, 'about');
    expect(await settings.get('highlight', 1, 'off')).toBe('about');
    expect(await settings.get('highlight', 2, 'off')).toBe('off');
  });
});

describe('schema upgrades', () => {
  it('opens a version 1 database as version 2 with nothing lost', async () => {
    const { Dexie } = await import('dexie');
    const { SCHEMA_V1 } = await import('./schema');
    const factory = new IDBFactory();
    const v1 = new Dexie('upgrade', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const note = createNote({ page: pageIdentity({ url: 'https://ex.com/' }), target, comment: 'kept', now: 1 });
    await v1.table('notes').put(note);
    await v1.table('settings').put({ key: 'k', version: 1, value: 'v' });
    v1.close();
    const v2 = createDb('upgrade', { indexedDB: factory, IDBKeyRange });
    db = v2;
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.notes.get(note.id)).toEqual(note);
    expect(await v2.settings.get('k')).toEqual({ key: 'k', version: 1, value: 'v' });
    await v2.aliases.put({ id: 'a1', entityId: 'msmt', text: 'Monitoring Team', lang: 'en', created: 1 });
    expect(await v2.aliases.where('entityId').equals('msmt').count()).toBe(1);
  });
});
