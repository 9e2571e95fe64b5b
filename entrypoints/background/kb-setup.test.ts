// Tests the start-up load of the bundled knowledge base: it loads once, then is a logged no-op at every start.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePack } from '../../core/kb/pack';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { NO_DESIGNATIONS, STARTER_PACK } from '../../db/seed';
import { BUNDLED_KNOWLEDGE_BASE, ensureKnowledgeBase } from './kb-setup';

let db: SanctionsLensDb;
afterEach(() => db?.close());

describe('ensureKnowledgeBase', () => {
  it('loads the bundled pack and snapshot once, then only checks their versions, logging each time', async () => {
    db = createDb('kb-setup', { indexedDB: new IDBFactory(), IDBKeyRange });
    const logs: string[] = [];
    const first = await ensureKnowledgeBase(db, undefined, (m) => logs.push(m));
    const checked = validatePack(BUNDLED_KNOWLEDGE_BASE.pack);
    const snapshot = BUNDLED_KNOWLEDGE_BASE.designations as { entities: unknown[] };
    expect(checked.ok).toBe(true);
    const packCount = checked.ok ? checked.pack.entities.length : 0;
    expect(first.changed).toBe(true);
    expect(first.entities).toEqual({
      pack: packCount,
      designation: snapshot.entities.length - first.shadowed.length,
      user: 0,
    });
    expect(first.ms).toBeGreaterThan(0);

    const again = await ensureKnowledgeBase(db, undefined, (m) => logs.push(m));
    expect(again).toMatchObject({ changed: false, written: 0, entities: first.entities });
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatch(
      /^Sanctions Lens: knowledge base loaded \(\d+ written, 0 removed\) in [\d.]+ ms; entities: /,
    );
    expect(logs[1]).toMatch(
      /^Sanctions Lens: knowledge base up to date in [\d.]+ ms; entities: \d+ pack, \d+ designation/,
    );
  }, 30_000);

  it('loads any other bundle given, such as the starter pack alone', async () => {
    db = createDb('kb-setup-starter', { indexedDB: new IDBFactory(), IDBKeyRange });
    const load = await ensureKnowledgeBase(db, { pack: STARTER_PACK, designations: NO_DESIGNATIONS }, () => {});
    expect(load.entities).toEqual({ pack: STARTER_PACK.entities.length, designation: 0, user: 0 });
  });
});
