// Loads the bundled knowledge base (topic pack and designations snapshot) into the database at background start-up.
import designations from '../../core/designations/snapshot.json';
import pack from '../../core/kb/packs/north-korea-sanctions.json';
import { validatePack, type PackSignal } from '../../core/kb/pack';
import { loadKnowledgeBaseTimed, type KnowledgeBaseInput, type TimedKnowledgeBaseLoad } from '../../db/kb-loader';
import type { SanctionsLensDb } from '../../db/schema';

/** The pack and the snapshot built into the extension; the loader checks both before writing anything. */
export const BUNDLED_KNOWLEDGE_BASE: KnowledgeBaseInput = { pack, designations };

/**
 * Makes the database hold the bundled knowledge base, and logs how long that took. Safe to run at every start of
 * the service worker: when the same pack and snapshot versions are loaded already, it reads two meta rows and
 * writes nothing.
 * @throws KnowledgeBaseInputError when the bundled pack or snapshot is malformed (nothing is written)
 */
export async function ensureKnowledgeBase(
  db: SanctionsLensDb,
  bundle: KnowledgeBaseInput = BUNDLED_KNOWLEDGE_BASE,
  log: (message: string) => void = console.info,
): Promise<TimedKnowledgeBaseLoad> {
  const load = await loadKnowledgeBaseTimed(db, bundle);
  const { pack: packs, designation, user } = load.entities;
  const what = load.changed ? `loaded (${load.written} written, ${load.removed} removed)` : 'up to date';
  log(
    `Sanctions Lens: knowledge base ${what} in ${load.ms.toFixed(1)} ms; ` +
      `entities: ${packs} pack, ${designation} designation, ${user} user` +
      (load.keptRefreshed ? '; designations from the last refresh kept' : ''),
  );
  return load;
}

let signals: Record<string, PackSignal[]> | null = null;

/** The bundled pack's detection signal terms, validated on first use (empty if the pack were invalid). */
export function bundledSignals(): Record<string, PackSignal[]> {
  if (!signals) {
    const checked = validatePack(BUNDLED_KNOWLEDGE_BASE.pack);
    signals = checked.ok ? checked.pack.signals : {};
  }
  return signals;
}
