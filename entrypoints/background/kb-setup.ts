// Loads the bundled knowledge base (topic pack and designations snapshot) into the database at background start-up.
// Only their versions and the pack's detection terms are in the background's script: the pack and the snapshot (some
// 800 KB) are package files, read when those versions are not loaded yet (at install and after an update), so that
// a service worker's every start does not parse them.
import { generatedAt, sources } from '../../core/designations/snapshot.json';
import type { SnapshotSource } from '../../core/designations/snapshot';
import { validateSignals, type PackSignal } from '../../core/kb/pack';
import { id, signals, version } from '../../core/kb/packs/north-korea-sanctions.json';
import {
  loadKnowledgeBaseTimed,
  type KnowledgeBaseInput,
  type KnowledgeBaseVersions,
  type TimedKnowledgeBaseLoad,
} from '../../db/kb-loader';
import type { SanctionsLensDb } from '../../db/schema';
import { SHIPPED_KB_FILES } from './kb-files';
import { readPackaged, type ReadAsset } from './shipped-matchers';

/** A knowledge base to load at start-up: its versions, and how to read it when they are not loaded yet. */
export interface KnowledgeBaseSource {
  versions: KnowledgeBaseVersions;
  read(): Promise<KnowledgeBaseInput>;
}

/** The versions of the bundled pack and snapshot (named imports: the build keeps only these fields of the files). */
export const BUNDLED_VERSIONS: KnowledgeBaseVersions = {
  packId: id,
  packVersion: version,
  snapshot: { generatedAt, sources: sources as SnapshotSource[] },
};

/** The bundled pack and snapshot, read from the extension's package with `read`. */
export function bundledSource(read: ReadAsset = readPackaged): KnowledgeBaseSource {
  const json = async (path: string): Promise<unknown> => JSON.parse(new TextDecoder().decode(await read(path)));
  return {
    versions: BUNDLED_VERSIONS,
    read: async () => {
      const [pack, designations] = await Promise.all([
        json(SHIPPED_KB_FILES.pack),
        json(SHIPPED_KB_FILES.designations),
      ]);
      return { pack, designations };
    },
  };
}

/**
 * Makes the database hold the bundled knowledge base, and logs how long that took. Safe to run at every start of
 * the service worker: when the same pack and snapshot versions are loaded already, it reads three meta rows (and
 * counts the entities for the log), and neither reads the files nor writes anything.
 * @throws KnowledgeBaseInputError when the bundled pack or snapshot is malformed (nothing is written); Error when
 *   the files cannot be read
 */
export async function ensureKnowledgeBase(
  db: SanctionsLensDb,
  source: KnowledgeBaseSource = bundledSource(),
  log: (message: string) => void = console.info,
): Promise<TimedKnowledgeBaseLoad> {
  const load = await loadKnowledgeBaseTimed(db, () => source.read(), source.versions);
  const { pack: packs, designation, user } = load.entities;
  const what = load.changed ? `loaded (${load.written} written, ${load.removed} removed)` : 'up to date';
  log(
    `Sanctions Lens: knowledge base ${what} in ${load.ms.toFixed(1)} ms; ` +
      `entities: ${packs} pack, ${designation} designation, ${user} user` +
      (load.keptRefreshed ? '; designations from the last refresh kept' : ''),
  );
  return load;
}

let checkedSignals: Record<string, PackSignal[]> | null = null;

/** The bundled pack's detection signal terms, validated on first use (none if they were invalid). */
export function bundledSignals(): Record<string, PackSignal[]> {
  if (!checkedSignals) {
    const checked = validateSignals(signals);
    checkedSignals = checked.ok ? checked.signals : {};
  }
  return checkedSignals;
}
