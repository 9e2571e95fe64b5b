// Fuzz of the whole import path into a database: 1,000 seeded malformed files are read, previewed and applied to a
// database holding notes; each gives a clear error or a safe import, and the database is never corrupted.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../core/export/backup';
import { testBackupData, testEntityName, variedNotes } from '../core/export/test-notes';
import { seededRandom } from '../core/seeded-random';
import { exportW3c } from '../core/export/w3c-export';
import { ImportFormatError } from '../core/import/import-error';
import { importNotesFile } from '../core/import/import-file';
import { validateNoteShape } from '../core/import/note-shape';
import { HYPOTHESIS_EXPORT, W3C_EXAMPLE } from '../core/import/test-fixtures';
import type { Note } from '../core/notes/note';
import { LibraryRepo } from './library-repo';
import { createDb } from './schema';

const RUNS = 1_000;
const rand = seededRandom(7_2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const options = { appVersion: '0.1.0', now: Date.UTC(2026, 10, 25), entityName: testEntityName };

const local = variedNotes(30, 404);
// Files that share ids with the stored notes (some edited later, some earlier), so that merges are exercised.
const overlapping = local
  .slice(0, 10)
  .map((n, i) => ({ ...n, comment: `file copy ${i}`, modified: n.modified + (i % 2 ? 1 : -1) }));
const BASES: unknown[] = [
  JSON.parse(exportBackup({ ...testBackupData(6, 5), notes: [...variedNotes(6, 5), ...overlapping] }, options)),
  JSON.parse(exportW3c([...variedNotes(5, 6), ...overlapping.slice(0, 4)], options)),
  HYPOTHESIS_EXPORT,
  [W3C_EXAMPLE],
];
const HOSTILE = [
  '<script>globalThis.fuzzRan=1</script>',
  '<img src=x onerror="globalThis.fuzzRan=1">',
  'javascript:globalThis.fuzzRan=1',
];
const WRONG: unknown[] = [null, 0, -1, 1e308, true, '', 'x', [], {}, { a: [] }, '2024-13-45'];

/** Paths to every value in a JSON value (arrays: first three items). */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [];
  const keys = Array.isArray(v) ? v.slice(0, 3).map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...prefix, k], ...paths((v as Record<string | number, unknown>)[k], [...prefix, k])]);
}

/** One malformed file: several random mutations of a valid one, or its text cut short. */
function malformed(): { kind: string; text: string } {
  const copy = structuredClone(pick(BASES));
  const all = paths(copy);
  const kind = pick(['wrong-type', 'missing', 'hostile', 'proto', 'huge', 'truncated', 'mixed']);
  const steps = kind === 'mixed' ? 4 : 1 + Math.floor(rand() * 2);
  for (let s = 0; s < steps && all.length; s++) {
    const path = pick(all);
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], copy) as
      Record<string | number, unknown> | undefined;
    if (!parent || typeof parent !== 'object') continue;
    const key = path[path.length - 1]!;
    const what = kind === 'mixed' ? pick(['wrong-type', 'missing', 'hostile', 'proto', 'huge']) : kind;
    if (what === 'wrong-type') parent[key] = pick(WRONG);
    else if (what === 'missing') delete parent[key];
    else if (what === 'hostile')
      parent[key] = typeof parent[key] === 'string' ? `${String(parent[key])}${pick(HOSTILE)}` : pick(HOSTILE);
    else if (what === 'huge') parent[key] = 'x'.repeat(100_001 + Math.floor(rand() * 50_000));
    else if (what === 'proto')
      parent[key] = JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
  }
  let text = JSON.stringify(copy);
  if (kind === 'truncated') text = text.slice(0, Math.floor(rand() * text.length));
  return { kind, text };
}

const tally: Record<string, number> = {};
let errors = 0;
let imported = 0;

describe('import fuzzing through the database', { timeout: 300_000 }, () => {
  afterAll(() => {
    console.log(`import fuzz (db): ${RUNS} files, ${errors} rejected with an error, ${imported} notes written`, tally);
  });

  it(`${RUNS} malformed files: a clear error or a safe import, the database never corrupted`, async () => {
    const db = createDb('fuzz', { indexedDB: new IDBFactory(), IDBKeyRange });
    const repo = new LibraryRepo(db);
    await db.notes.bulkPut(local);
    for (let run = 0; run < RUNS; run++) {
      if (run % 100 === 0) {
        await db.notes.clear();
        await db.notes.bulkPut(local);
      }
      const { kind, text } = malformed();
      tally[kind] = (tally[kind] ?? 0) + 1;
      const before = new Map((await db.notes.toArray()).map((n) => [n.id, n]));
      let incoming: Map<string, Note> | null = null;
      try {
        const result = importNotesFile(text, { now: options.now });
        incoming = new Map(result.notes.map((n) => [n.id, n]));
        await repo.preview(result);
        const out = await repo.apply(result, { restoreSettings: rand() < 0.5 });
        imported += out.added + out.updated;
      } catch (err) {
        if (!(err instanceof ImportFormatError)) throw new Error(`${kind}: unexpected ${String(err)}`, { cause: err });
        expect(err.message).toMatch(/\w{3,}/);
        errors++;
      }
      const after = await db.notes.toArray();
      expect(after.length).toBeGreaterThanOrEqual(before.size);
      for (const n of after) {
        expect(validateNoteShape(n), `${kind}: a stored note is malformed`).toEqual([]);
        const old = before.get(n.id);
        if (!old) continue;
        // A stored note is unchanged, or replaced by the file's copy only when that copy was modified later.
        if (JSON.stringify(old) !== JSON.stringify(n)) {
          expect(n.modified, `${kind}: a newer local edit was overwritten`).toBeGreaterThan(old.modified);
          expect(incoming?.get(n.id)).toEqual(n);
        }
      }
      for (const id of before.keys())
        expect(
          after.some((n) => n.id === id),
          `${kind}: a note was lost`,
        ).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((globalThis as { fuzzRan?: number }).fuzzRan).toBeUndefined();
    }
    expect(errors).toBeGreaterThan(50);
    expect(imported).toBeGreaterThan(50);
    db.close();
  });
});
