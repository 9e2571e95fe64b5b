import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../core/export/backup';
import { testBackupData, testEntityName, variedNotes, edgeNotes } from '../core/export/test-notes';
import { exportW3c } from '../core/export/w3c-export';
import { importNotesFile } from '../core/import/import-file';
import { STARTER_ENTITIES } from '../core/kb/starter';
import { toRow } from './entities-repo';
import { LibraryRepo, LOCAL_SETTINGS_KEY } from './library-repo';
import { createDb, type SanctionsLensDb } from './schema';
import { StorageError } from './storage-error';

const dbs: SanctionsLensDb[] = [];
function freshDb(): SanctionsLensDb {
  const db = createDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});

const options = { appVersion: '0.1.0', now: Date.UTC(2026, 10, 25), entityName: testEntityName };
const read = (text: string) => importNotesFile(text, { now: 1 });

/** A database with the starter knowledge base, as a real install has (aliases need their entity). */
async function installed(): Promise<SanctionsLensDb> {
  const db = freshDb();
  await db.entities.bulkPut(STARTER_ENTITIES.map(toRow));
  await db.entities.bulkPut(
    ['komid', 'msmt']
      .filter((id) => !STARTER_ENTITIES.some((e) => e.id === id))
      .map((id) => toRow({ ...STARTER_ENTITIES[0]!, id, name: id })),
  );
  return db;
}

async function dump(db: SanctionsLensDb) {
  return {
    notes: (await db.notes.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
    users: await db.entities.where('origin').equals('user').toArray(),
    aliases: await db.aliases.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('round trip through the database: export, wipe, import', () => {
  it('backup: identical notes, user entities, aliases and settings', async () => {
    const data = testBackupData(40, 11);
    const a = await installed();
    const repoA = new LibraryRepo(a);
    await repoA.apply(read(exportBackup({ ...data, notes: [...data.notes, ...edgeNotes()] }, options)), {
      restoreSettings: true,
    });
    const before = await dump(a);
    expect(before.notes).toHaveLength(40 + edgeNotes().length);
    const file = exportBackup(await repoA.backupData({ version: 1, paused: true }), options);

    const b = await installed();
    const outcome = await new LibraryRepo(b).apply(read(file), { restoreSettings: true });
    expect(outcome.added).toBe(before.notes.length);
    expect(outcome.localSettings).toEqual({ version: 1, paused: true });
    expect(await dump(b)).toStrictEqual(before);
  });

  it('W3C JSON-LD: identical notes', async () => {
    const a = await installed();
    await new LibraryRepo(a).apply(read(exportBackup({ ...testBackupData(0), notes: variedNotes(60, 5) }, options)));
    const before = await dump(a);
    const file = exportW3c(await new LibraryRepo(a).allNotes(), options);
    const b = await installed();
    await new LibraryRepo(b).apply(read(file));
    expect((await dump(b)).notes).toStrictEqual(before.notes);
  });

  it('delete all, then import the export: everything is back', async () => {
    const db = await installed();
    const repo = new LibraryRepo(db);
    await repo.apply(read(exportBackup(testBackupData(25, 3), options)));
    const before = await dump(db);
    const file = exportBackup(await repo.backupData(), options);
    expect(await repo.deleteAllNotes()).toBe(25);
    expect(await db.notes.count()).toBe(0);
    await repo.apply(read(file));
    expect(await dump(db)).toStrictEqual(before);
  });
});

describe('import plan and choices', () => {
  it('previews new, updated, duplicate and conflicting notes without writing', async () => {
    const db = await installed();
    const repo = new LibraryRepo(db);
    const [a, b, c, d] = variedNotes(4, 9);
    await db.notes.bulkPut([
      a!,
      { ...b!, comment: 'old', modified: b!.modified - 10 },
      c!,
      { ...d!, comment: 'mine, newer', modified: d!.modified + 10 },
    ]);
    const result = read(exportBackup({ ...testBackupData(0), notes: variedNotes(5, 9) }, options));
    const before = await dump(db);
    const p = await repo.preview(result);
    expect(await dump(db)).toStrictEqual(before);
    expect([p.notes.new.length, p.notes.updated.length, p.notes.duplicate.length, p.notes.conflict.length]).toEqual([
      1, 1, 2, 1,
    ]);
    const out = await repo.apply(result);
    expect(out).toMatchObject({ added: 1, updated: 1, duplicate: 2, keptLocal: 1, replaced: 0 });
    expect((await db.notes.get(d!.id))?.comment).toBe('mine, newer');
    expect((await db.notes.get(b!.id))?.comment).toBe(b!.comment);
  });

  it('replaces a newer local edit only when the user asked to', async () => {
    const db = await installed();
    const repo = new LibraryRepo(db);
    const [n] = variedNotes(1, 4);
    await db.notes.put({ ...n!, comment: 'local edit', modified: n!.modified + 1 });
    const result = read(exportW3c([n!], options));
    await repo.apply(result, { replace: new Set() });
    expect((await db.notes.get(n!.id))?.comment).toBe('local edit');
    expect(await repo.apply(result, { replace: new Set([n!.id]) })).toMatchObject({ replaced: 1, keptLocal: 0 });
    expect(await db.notes.get(n!.id)).toEqual(n);
  });

  it('re-checks inside the transaction: an edit saved after the preview is kept', async () => {
    const db = await installed();
    const repo = new LibraryRepo(db);
    const [n] = variedNotes(1, 4);
    await db.notes.put({ ...n!, modified: n!.modified - 5, comment: 'older' });
    const result = read(exportW3c([n!], options));
    expect((await repo.preview(result)).notes.updated).toHaveLength(1);
    await db.notes.put({ ...n!, modified: n!.modified + 5, comment: 'edited in another tab meanwhile' });
    expect(await repo.apply(result)).toMatchObject({ updated: 0, keptLocal: 1 });
    expect((await db.notes.get(n!.id))?.comment).toBe('edited in another tab meanwhile');
  });

  it("keeps the user's entities, skips aliases of unknown entities, restores settings only when asked", async () => {
    const db = freshDb();
    const repo = new LibraryRepo(db);
    const data = testBackupData(0);
    const settings = [...data.settings, { key: LOCAL_SETTINGS_KEY, value: { paused: true }, version: 1 }];
    const result = read(exportBackup({ ...data, settings }, options));
    const p = await repo.preview(result);
    expect(p.userEntities.new).toBe(1);
    expect(p.userAliases.skipped).toHaveLength(2);
    expect(p.settings).toMatchObject({ new: 2, differ: 1 });
    const out = await repo.apply(result);
    expect(out).toMatchObject({ entitiesAdded: 1, aliasesAdded: 0, settingsWritten: 0 });
    expect(out.localSettings).toBeUndefined();
    expect(await db.settings.count()).toBe(0);
    await db.entities.put(toRow({ ...data.userEntities[0]!, background: 'edited here' }));
    expect((await repo.preview(result)).userEntities).toMatchObject({ new: 0, differ: 1 });
    await repo.apply(result, { restoreSettings: true });
    expect((await db.entities.get(data.userEntities[0]!.id))?.background).toBe('edited here');
    expect(await db.settings.count()).toBe(2);
  });
});

describe('storage errors', () => {
  it('a full disk (QuotaExceededError) fails the whole import with a clear error, and nothing is lost', async () => {
    const db = await installed();
    const repo = new LibraryRepo(db);
    await repo.apply(read(exportBackup(testBackupData(10, 1), options)));
    const before = await dump(db);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(quota);
    const bigger = read(exportBackup({ ...testBackupData(30, 2), userEntities: [], userAliases: [] }, options));
    const err = await repo.apply(bigger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).quota).toBe(true);
    expect((err as Error).message).toMatch(/storage .* is full.*Nothing you saved before was changed/);
    vi.restoreAllMocks();
    expect(await dump(db)).toStrictEqual(before);
  });

  it('a failure midway through the writes rolls back the entities already added', async () => {
    const db = await installed();
    const repo = new LibraryRepo(db);
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(new Error('disk I/O'));
    const err = await repo.apply(read(exportBackup(testBackupData(3, 2), options))).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/The import was not saved \(disk I\/O\)/);
    vi.restoreAllMocks();
    expect(await db.entities.where('origin').equals('user').count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('several tabs at once', () => {
  it('keeps every note saved at the same moment through separate connections', async () => {
    const factory = new IDBFactory();
    const tabs = Array.from({ length: 5 }, () => createDb('shared', { indexedDB: factory, IDBKeyRange }));
    dbs.push(...tabs);
    const notes = variedNotes(100, 8);
    await Promise.all(notes.map((n, i) => tabs[i % tabs.length]!.notes.put(n)));
    // Imports from two tabs at once, of different notes, also both land.
    const taken = new Set(notes.map((n) => n.id));
    const more = variedNotes(60, 12)
      .filter((n) => !taken.has(n.id))
      .slice(0, 40);
    expect(more).toHaveLength(40);
    await Promise.all([
      new LibraryRepo(tabs[0]!).apply(read(exportW3c(more.slice(0, 20), options))),
      new LibraryRepo(tabs[1]!).apply(read(exportW3c(more.slice(20), options))),
    ]);
    const ids = new Set((await tabs[2]!.notes.toArray()).map((n) => n.id));
    expect(ids.size).toBe(140);
    for (const n of [...notes, ...more]) expect(ids.has(n.id)).toBe(true);
  });
});
