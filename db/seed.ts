// Seeds the built-in starter entities into the knowledge base, once per starter version.
import { STARTER_ENTITIES } from '../core/kb/starter';
import { EntitiesRepo } from './entities-repo';
import type { SanctionsLensDb } from './schema';

/** Version of the starter set; bump when STARTER_ENTITIES changes. */
export const STARTER_VERSION = 1;

/** Loads the starter entities unless this version is already loaded. Returns whether it wrote anything. */
export async function seedStarter(db: SanctionsLensDb): Promise<boolean> {
  return db.transaction('rw', db.entities, db.meta, async () => {
    const loaded = await db.meta.get('starter-version');
    if (loaded && loaded.value === STARTER_VERSION) return false;
    // Never replace an entity already stored: a fuller source (the pack, the user) may have written it.
    const stored = await db.entities.bulkGet(STARTER_ENTITIES.map((e) => e.id));
    const existing = new Set(stored.flatMap((row) => (row ? [row.id] : [])));
    await new EntitiesRepo(db).putAll(STARTER_ENTITIES.filter((e) => !existing.has(e.id)));
    await db.meta.put({ key: 'starter-version', value: STARTER_VERSION });
    return true;
  });
}
