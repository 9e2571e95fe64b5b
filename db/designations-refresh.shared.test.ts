// Refreshes from the real UN and OFAC lists in ../shared, served by a local server, against the bundled snapshot.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignationsSnapshot } from '../core/designations/snapshot';
import { designationsStatus, refreshDesignations, type RefreshDiff } from './designations-refresh';
import { startListServer, type ListServer, type Route } from './designations-test-server';
import { loadKnowledgeBase } from './kb-loader';
import { createDb } from './schema';
import { STARTER_PACK } from './seed';
import { UserKbRepo } from './user-kb-repo';

const LISTS = fileURLToPath(new URL('../../shared/data/official-lists/', import.meta.url));
const UN_FILE = `${LISTS}un-consolidated-list-2025-04-19.xml`;
const OFAC_FILE = `${LISTS}ofac-sdn-2024-05-03.csv`;
const SNAPSHOT = fileURLToPath(new URL('../core/designations/snapshot.json', import.meta.url));

/** Streams a file from disk, as a web server would, with its length and a Last-Modified date. */
function fileRoute(path: string, type: string, lastModified: string): Route {
  return (_req, res) => {
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(statSync(path).size),
      'last-modified': lastModified,
    });
    createReadStream(path).pipe(res);
  };
}

describe.skipIf(!existsSync(UN_FILE) || !existsSync(OFAC_FILE))('refresh from the real lists in ../shared', () => {
  let server: ListServer;
  beforeAll(async () => {
    server = await startListServer({
      '/consolidated.xml': fileRoute(UN_FILE, 'text/xml', 'Sat, 19 Apr 2025 23:00:04 GMT'),
      '/sdn.csv': fileRoute(OFAC_FILE, 'text/csv', 'Fri, 03 May 2024 18:00:00 GMT'),
    });
  });
  afterAll(() => server.close());

  const refresh = (db: ReturnType<typeof createDb>) =>
    refreshDesignations(db, { unUrl: server.url('/consolidated.xml'), ofacUrl: server.url('/sdn.csv'), fetch });

  it('stores every party of both lists into an empty knowledge base, quickly', async () => {
    const db = createDb('shared-empty', { indexedDB: new IDBFactory(), IDBKeyRange });
    const start = performance.now();
    const diff = await refresh(db);
    const ms = performance.now() - start;
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as DesignationsSnapshot;
    expect(diff.lists).toEqual({
      un: { new: '2025-04-19', entries: 155 },
      us: { new: '2024-05-03', entries: 484 },
    });
    expect(diff.added).toHaveLength(snapshot.entities.length);
    expect(diff.total).toBe(snapshot.entities.length);
    const status = await designationsStatus(db);
    expect(status).toMatchObject({ unListDate: '2025-04-19', ofacListDate: '2024-05-03', un: 155 });
    expect(status.entities).toBe(snapshot.entities.length);
    console.info(
      `Refresh from the real lists: ${ms.toFixed(0)} ms, ${diff.total} entities (UN ${status.un}, US ${status.us}).`,
    );
    expect(ms).toBeLessThan(30_000);
    db.close();
  });

  it('finds nothing changed against the bundled snapshot built from the same files, and keeps user data', async () => {
    const db = createDb('shared-snapshot', { indexedDB: new IDBFactory(), IDBKeyRange });
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as DesignationsSnapshot;
    await loadKnowledgeBase(db, { pack: STARTER_PACK, designations: snapshot });
    const kb = new UserKbRepo(db);
    const mine = await kb.addEntity({
      type: 'vessel',
      name: 'Sea Star',
      identifiers: [{ scheme: 'imo', value: '8660313' }],
    });
    await kb.addAlias({ entityId: 'des-kpe-034', text: 'Ilsim Bank of Pyongyang' });
    const before = await db.entities.where('origin').anyOf(['pack', 'user']).sortBy('id');
    const diff: RefreshDiff = await refresh(db);
    expect({ added: diff.added, removed: diff.removed, changed: diff.changed }).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
    expect(diff.unchanged).toBe(snapshot.entities.length);
    expect(diff.lists.un).toEqual({ old: '2025-04-19', new: '2025-04-19', entries: 155 });
    expect(diff.lists.us).toEqual({ old: '2024-05-03', new: '2024-05-03', entries: 484 });
    expect(await db.entities.where('origin').anyOf(['pack', 'user']).sortBy('id')).toEqual(before);
    expect((await kb.listEntities()).map((e) => e.id)).toEqual([mine.id]);
    expect((await kb.listAliases()).map((a) => a.text)).toEqual(['Ilsim Bank of Pyongyang']);
    db.close();
  });
});
