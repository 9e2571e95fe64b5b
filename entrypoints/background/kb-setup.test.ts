// Tests the start-up load of the bundled knowledge base: it loads once, then is a logged no-op at every start.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import designations from '../../core/designations/snapshot.json';
import { validatePack } from '../../core/kb/pack';
import pack from '../../core/kb/packs/north-korea-sanctions.json';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { NO_DESIGNATIONS, STARTER_PACK } from '../../db/seed';
import { writeShippedFiles } from '../../scripts/kb-matchers';
import { BUNDLED_VERSIONS, bundledSignals, bundledSource, ensureKnowledgeBase } from './kb-setup';
import { SHIPPED_KB_FILES } from './kb-files';

let db: SanctionsLensDb;
afterEach(() => db?.close());

/** The files the build writes, read from a directory the way the background reads its package; counts reads. */
function packagedFiles(): { read: (path: string) => Promise<ArrayBuffer>; reads: string[]; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kb-setup-'));
  writeShippedFiles(dir);
  const reads: string[] = [];
  return {
    reads,
    read: async (path) => {
      reads.push(path);
      const bytes = readFileSync(resolve(dir, path));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('ensureKnowledgeBase', () => {
  it('loads the bundled pack and snapshot from the package once, then only checks their versions', async () => {
    db = createDb('kb-setup', { indexedDB: new IDBFactory(), IDBKeyRange });
    const files = packagedFiles();
    const logs: string[] = [];
    const first = await ensureKnowledgeBase(db, bundledSource(files.read), (m) => logs.push(m));
    const checked = validatePack(pack);
    expect(checked.ok).toBe(true);
    const packCount = checked.ok ? checked.pack.entities.length : 0;
    expect(first.changed).toBe(true);
    expect(first.entities).toEqual({
      pack: packCount,
      designation: designations.entities.length - first.shadowed.length,
      user: 0,
    });
    expect(first.ms).toBeGreaterThan(0);
    expect(files.reads.sort()).toEqual([SHIPPED_KB_FILES.designations, SHIPPED_KB_FILES.pack]);

    const again = await ensureKnowledgeBase(db, bundledSource(files.read), (m) => logs.push(m));
    expect(again).toMatchObject({ changed: false, written: 0, entities: first.entities });
    // An up-to-date start reads no file.
    expect(files.reads).toHaveLength(2);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatch(
      /^Sanctions Lens: knowledge base loaded \(\d+ written, 0 removed\) in [\d.]+ ms; entities: /,
    );
    expect(logs[1]).toMatch(
      /^Sanctions Lens: knowledge base up to date in [\d.]+ ms; entities: \d+ pack, \d+ designation/,
    );
    files.done();
  }, 30_000);

  it('has in its script the versions of the files it ships, and their detection terms', () => {
    expect(BUNDLED_VERSIONS).toEqual({
      packId: pack.id,
      packVersion: pack.version,
      snapshot: { generatedAt: designations.generatedAt, sources: designations.sources },
    });
    expect(bundledSignals()).toEqual(pack.signals);
  });

  it('loads any other knowledge base given, such as the starter pack alone, and reports unreadable files', async () => {
    db = createDb('kb-setup-starter', { indexedDB: new IDBFactory(), IDBKeyRange });
    const starter = {
      versions: { packId: STARTER_PACK.id, packVersion: STARTER_PACK.version, snapshot: NO_DESIGNATIONS },
      read: async () => ({ pack: STARTER_PACK, designations: NO_DESIGNATIONS }),
    };
    const load = await ensureKnowledgeBase(db, starter, () => {});
    expect(load.entities).toEqual({ pack: STARTER_PACK.entities.length, designation: 0, user: 0 });
    const missing = bundledSource(async (path) => {
      throw new Error(`${path}: HTTP 404`);
    });
    await expect(ensureKnowledgeBase(db, missing, () => {})).rejects.toThrow('kb/north-korea-sanctions.json: HTTP 404');
  });
});
