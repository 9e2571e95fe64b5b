// The starter entities as a small topic pack, for tests and tools that want a knowledge base without the bundle.
//
// Decision: the old seeding path (its own `starter-version` meta key, insert-if-absent) is retired in favour of the
// knowledge-base loader (db/kb-loader.ts), which the background runs on the bundled pack and snapshot
// (entrypoints/background/kb-setup.ts); the loader deletes the old meta key and, the real pack having another id,
// replaces the starter entities that older installs hold. The starter set stays as a pack of its own so that small
// tests (seedStarter) go through the same loader and the same rules: versioning, replacement, user data untouched.
import type { DesignationsSnapshot } from '../core/designations/snapshot';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from '../core/kb/pack';
import { STARTER_ENTITIES } from '../core/kb/starter';
import { loadKnowledgeBase } from './kb-loader';
import type { SanctionsLensDb } from './schema';

/** The built-in starter entities as a topic pack; bump `version` when STARTER_ENTITIES changes. */
export const STARTER_PACK: Pack = {
  format: PACK_FORMAT,
  formatVersion: PACK_FORMAT_VERSION,
  id: 'starter',
  version: '1.0.0',
  title: 'Starter entities',
  updated: '2026-11-25',
  entities: STARTER_ENTITIES.map(({ origin: _origin, ...entity }) => entity),
  signals: {},
};

/** A snapshot with no designations, for loading a pack on its own. */
export const NO_DESIGNATIONS: DesignationsSnapshot = { formatVersion: 1, generatedAt: '', sources: [], entities: [] };

/**
 * Loads the starter pack, with no designations, through {@link loadKnowledgeBase}. Returns whether it wrote anything
 * (false when the starter pack is already loaded).
 */
export async function seedStarter(db: SanctionsLensDb): Promise<boolean> {
  return (await loadKnowledgeBase(db, { pack: STARTER_PACK, designations: NO_DESIGNATIONS })).changed;
}
