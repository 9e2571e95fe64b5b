// Loads the topic pack and the designations snapshot into the database: one transaction, versioned, idempotent.
import type { DesignationsSnapshot, SnapshotSource } from '../core/designations/snapshot';
import { ENTITY_TYPES, type Entity, type EntityOrigin } from '../core/kb/entity';
import { packEntities, validatePack, type Pack } from '../core/kb/pack';
import { toRow } from './entities-repo';
import type { EntityRow, SanctionsLensDb } from './schema';

/** Meta key of the loaded pack's {@link LoadedPack}. */
export const PACK_META_KEY = 'kb:pack';
/** Meta key of the loaded designations snapshot's {@link LoadedDesignations}. */
export const DESIGNATIONS_META_KEY = 'kb:designations';
/** Meta key of the record of the last designations refresh, written by db/designations-refresh.ts; read here. */
export const DESIGNATIONS_REFRESH_META_KEY = 'kb:designations-refresh';
/** Meta key written by the retired starter seeding; removed by the first load. */
const LEGACY_STARTER_KEY = 'starter-version';

/** What the meta table records about the loaded pack. */
export interface LoadedPack {
  id: string;
  version: string;
  updated: string;
  /** Epoch ms of the load. */
  loadedAt: number;
}

/** What the meta table records about the loaded designations snapshot. */
export interface LoadedDesignations {
  generatedAt: string;
  sources: SnapshotSource[];
  /** Epoch ms of the load. */
  loadedAt: number;
}

/** The inputs of {@link loadKnowledgeBase}, typically parsed JSON: both are checked before anything is written. */
export interface KnowledgeBaseInput {
  pack: unknown;
  designations: unknown;
  /** Clock for `loadedAt`, in epoch ms; defaults to `Date.now`. */
  now?: () => number;
}

/** The outcome of {@link loadKnowledgeBase}. */
export interface KnowledgeBaseLoad {
  /** Whether anything was written: false when the same pack and snapshot versions were already loaded. */
  changed: boolean;
  /** Entity rows added or replaced. */
  written: number;
  /** Pack or designation entity rows deleted because their source no longer has them. */
  removed: number;
  /** Designation ids not loaded because a pack entity has the same id. */
  shadowed: string[];
  /** Pack or designation ids not loaded because the user's own entity has that id. */
  keptForUser: string[];
  /** Whether the designations of a later refresh were kept instead of the snapshot's (no list in it is newer). */
  keptRefreshed: boolean;
}

/** Thrown when the pack or the snapshot is malformed; nothing has been written. */
export class KnowledgeBaseInputError extends Error {
  constructor(
    readonly what: 'pack' | 'designations',
    /** Every problem found, each as "path: what is wrong". */
    readonly errors: string[],
  ) {
    super(
      `Invalid ${what}: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (+${errors.length - 5} more)` : ''}`,
    );
    this.name = 'KnowledgeBaseInputError';
  }
}

/**
 * The entities of the knowledge base that a pack and a snapshot make, pack entities first. When a pack entity and a
 * designation share an id, the pack wins: the curated entry replaces the generated one whole (the designation's id is
 * listed in `shadowed`), because a pack author who reuses a designation id does so on purpose, to curate it.
 */
export function knowledgeBaseEntities(
  pack: Pack,
  designations: DesignationsSnapshot,
): { entities: Entity[]; shadowed: string[] } {
  const fromPack = packEntities(pack);
  const packIds = new Set(fromPack.map((e) => e.id));
  const shadowed: string[] = [];
  const fromLists: Entity[] = [];
  for (const e of designations.entities) {
    if (packIds.has(e.id)) shadowed.push(e.id);
    else fromLists.push({ ...e, origin: 'designation' });
  }
  return { entities: [...fromPack, ...fromLists], shadowed };
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the shape of a designations snapshot (core/designations/snapshot.json): its format version, dates, sources
 * and, for each entity, a unique id, a known type, origin `designation`, a name and a names array. The content itself
 * comes from the tested list parsers, so this guards against a wrong or truncated file, not against bad facts.
 */
export function checkDesignationsSnapshot(
  input: unknown,
): { ok: true; snapshot: DesignationsSnapshot } | { ok: false; errors: string[] } {
  if (!isObject(input)) return { ok: false, errors: ['snapshot: must be an object'] };
  const errors: string[] = [];
  if (input.formatVersion !== 1) errors.push(`formatVersion: must be 1, got ${String(input.formatVersion)}`);
  if (typeof input.generatedAt !== 'string') errors.push('generatedAt: must be a string');
  if (!Array.isArray(input.sources)) errors.push('sources: must be an array');
  else
    input.sources.forEach((s: unknown, i) => {
      if (!isObject(s) || typeof s.list !== 'string' || typeof s.listDate !== 'string') {
        errors.push(`sources[${i}]: must have a list and a listDate`);
      }
    });
  if (!Array.isArray(input.entities)) errors.push('entities: must be an array');
  else {
    const seen = new Set<string>();
    input.entities.forEach((e: unknown, i) => {
      const p = `entities[${i}]`;
      if (!isObject(e) || typeof e.id !== 'string' || e.id === '') {
        errors.push(`${p}: must have an id`);
        return;
      }
      if (seen.has(e.id)) errors.push(`${p}.id: duplicate id "${e.id}"`);
      seen.add(e.id);
      if (e.origin !== 'designation') errors.push(`${p} (${e.id}).origin: must be "designation"`);
      if (!(ENTITY_TYPES as readonly unknown[]).includes(e.type)) errors.push(`${p} (${e.id}).type: unknown type`);
      if (typeof e.name !== 'string' || !Array.isArray(e.names)) {
        errors.push(`${p} (${e.id}): must have a name and a names array`);
      }
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, snapshot: input as unknown as DesignationsSnapshot };
}

/** The parts of a snapshot's sources that identify its version (the sha256 pins each file's bytes). */
function sourcesKey(sources: readonly SnapshotSource[]): string {
  return JSON.stringify(sources.map((s) => [s.list, s.file, s.listDate, s.sha256]));
}

/** What this loader reads of the record that db/designations-refresh.ts writes after downloading the lists. */
interface RefreshRecord {
  unListDate?: string;
  ofacListDate?: string;
  refreshedAt?: number;
}

/**
 * Whether the designations stored by a refresh must be kept rather than replaced by the bundled snapshot: the refresh
 * came after the last load of a snapshot, and the snapshot is that same one or has no list newer than the refresh's.
 */
function keepRefreshed(
  refresh: RefreshRecord | undefined,
  loaded: LoadedDesignations | undefined,
  snapshot: SnapshotVersion,
  sameSnapshot: boolean,
): boolean {
  if (!refresh || (loaded && (refresh.refreshedAt ?? 0) < loaded.loadedAt)) return false;
  if (sameSnapshot) return true;
  return snapshot.sources.every((s) => {
    const refreshed = s.list === 'un' ? refresh.unListDate : refresh.ofacListDate;
    return !!refreshed && refreshed >= s.listDate;
  });
}

/** What identifies a snapshot's version (see {@link sourcesKey}). */
export type SnapshotVersion = Pick<DesignationsSnapshot, 'generatedAt' | 'sources'>;

/** What identifies the versions of a pack and a snapshot: enough to tell whether they are loaded already. */
export interface KnowledgeBaseVersions {
  packId: string;
  packVersion: string;
  snapshot: SnapshotVersion;
}

/** How the given versions compare with the loaded ones; `upToDate` when there is nothing to write. */
async function compareVersions(
  db: SanctionsLensDb,
  packId: unknown,
  packVersion: unknown,
  snapshot: SnapshotVersion,
): Promise<{ samePack: boolean; sameList: boolean; keptRefreshed: boolean; upToDate: boolean }> {
  const metas = await db.meta.bulkGet([PACK_META_KEY, DESIGNATIONS_META_KEY, DESIGNATIONS_REFRESH_META_KEY]);
  const [loadedPack, loadedList, refresh] = metas.map((row) => row?.value) as [
    LoadedPack | undefined,
    LoadedDesignations | undefined,
    RefreshRecord | undefined,
  ];
  const samePack = loadedPack !== undefined && loadedPack.id === packId && loadedPack.version === packVersion;
  const sameList =
    loadedList?.generatedAt === snapshot.generatedAt && sourcesKey(loadedList.sources) === sourcesKey(snapshot.sources);
  const keptRefreshed = keepRefreshed(refresh, loadedList, snapshot, sameList);
  return { samePack, sameList, keptRefreshed, upToDate: samePack && (sameList || keptRefreshed) };
}

/** The outcome of a load that found the same versions loaded already. */
const unchanged = (keptRefreshed: boolean): KnowledgeBaseLoad => ({
  changed: false,
  written: 0,
  removed: 0,
  shadowed: [],
  keptForUser: [],
  keptRefreshed,
});

/**
 * Loads a topic pack (as origin `pack`) and a designations snapshot (as origin `designation`) into the entities
 * table, in one read-write transaction over `entities` and `meta` only, so notes, user aliases, settings and pages
 * cannot be touched.
 *
 * - Versioned: `meta` records the pack's id and version and the snapshot's generatedAt and sources. When both match
 *   what is stored, nothing is read from the entities table and nothing is written (`changed: false`), and the pack
 *   is not validated again (it was when that version was loaded; a content change needs a new version). Any other pack
 *   id or version, or snapshot, replaces the loaded one, whether it is newer or older: the bundle is the truth.
 * - On a change, the stored pack and designation entities are made equal to the inputs: changed or new rows are
 *   written, rows already equal are left alone, and pack or designation rows no longer in their source are deleted.
 * - Designations downloaded by a refresh (db/designations-refresh.ts) after the last snapshot load are kept while
 *   the snapshot has no newer list: a new pack then replaces only the pack entities (`keptRefreshed`), and a
 *   designation that a dropped pack entity had shadowed comes back with the next refresh.
 * - A pack entity wins over a designation with the same id (see {@link knowledgeBaseEntities}).
 * - The user's own entities (origin `user`) are never overwritten or deleted; a pack or designation entity with the
 *   same id is not loaded (`keptForUser`).
 *
 * @throws KnowledgeBaseInputError with validatePack's reasons (or the snapshot's) when an input is malformed; the
 *   database is then unchanged.
 */
export async function loadKnowledgeBase(db: SanctionsLensDb, input: KnowledgeBaseInput): Promise<KnowledgeBaseLoad> {
  const checkedList = checkDesignationsSnapshot(input.designations);
  if (!checkedList.ok) throw new KnowledgeBaseInputError('designations', checkedList.errors);
  const snapshot = checkedList.snapshot;
  const now = input.now ?? Date.now;

  // The path of every start: a pack whose id and version are loaded already was validated when it was loaded, so
  // this skips the validation (some 5–20 ms for a full pack) and reads only the meta rows.
  const claimed = isObject(input.pack) ? input.pack : {};
  const before = await compareVersions(db, claimed.id, claimed.version, snapshot);
  if (before.upToDate) return unchanged(before.keptRefreshed);
  const checkedPack = validatePack(input.pack);
  if (!checkedPack.ok) throw new KnowledgeBaseInputError('pack', checkedPack.errors);
  const pack = checkedPack.pack;

  return db.transaction('rw', db.entities, db.meta, async () => {
    // Compared again inside the transaction, in case another load finished in between.
    const { samePack, sameList, keptRefreshed, upToDate } = await compareVersions(db, pack.id, pack.version, snapshot);
    if (upToDate) return unchanged(keptRefreshed);

    // Designations kept from a refresh are left out of the comparison: only the pack's entities are made to match.
    const lists = keptRefreshed ? { ...snapshot, entities: [] } : snapshot;
    const { entities, shadowed } = knowledgeBaseEntities(pack, lists);
    const userIds = new Set(await db.entities.where('origin').equals('user').primaryKeys());
    const managed: EntityOrigin[] = keptRefreshed ? ['pack'] : ['pack', 'designation'];
    const stored = new Map<string, string>();
    for (const row of await db.entities.where('origin').anyOf(managed).toArray()) {
      stored.set(row.id, JSON.stringify(row));
    }
    if (keptRefreshed) {
      const listed = new Set(await db.entities.where('origin').equals('designation').primaryKeys());
      shadowed.push(...pack.entities.filter((e) => listed.has(e.id)).map((e) => e.id));
    }

    const keptForUser: string[] = [];
    const toWrite: EntityRow[] = [];
    const wanted = new Set<string>();
    for (const entity of entities) {
      if (userIds.has(entity.id)) {
        keptForUser.push(entity.id);
        continue;
      }
      wanted.add(entity.id);
      const row = toRow(entity);
      if (stored.get(entity.id) !== JSON.stringify(row)) toWrite.push(row);
    }
    const toRemove = [...stored.keys()].filter((id) => !wanted.has(id));

    await db.entities.bulkDelete(toRemove);
    await db.entities.bulkPut(toWrite);
    const loadedAt = now();
    if (!samePack) {
      const value: LoadedPack = { id: pack.id, version: pack.version, updated: pack.updated, loadedAt };
      await db.meta.put({ key: PACK_META_KEY, value });
    }
    if (!sameList && !keptRefreshed) {
      const value: LoadedDesignations = { generatedAt: snapshot.generatedAt, sources: snapshot.sources, loadedAt };
      await db.meta.put({ key: DESIGNATIONS_META_KEY, value });
    }
    await db.meta.delete(LEGACY_STARTER_KEY);
    return { changed: true, written: toWrite.length, removed: toRemove.length, shadowed, keptForUser, keptRefreshed };
  });
}

/** The outcome of {@link loadKnowledgeBaseTimed}. */
export interface TimedKnowledgeBaseLoad extends KnowledgeBaseLoad {
  /** Stored entities by origin after the load. */
  entities: Record<EntityOrigin, number>;
  /** Wall-clock duration of the load itself (not of the counting), from performance.now(). */
  ms: number;
}

/**
 * Runs {@link loadKnowledgeBase}, timing it with performance.now(), then counts the stored entities by origin. With
 * `versions` (those of the pack and snapshot that `input` gives), the input is read only when those versions are not
 * loaded yet: a background start reads two meta rows, not the files of the bundled pack and snapshot.
 */
export async function loadKnowledgeBaseTimed(
  db: SanctionsLensDb,
  input: KnowledgeBaseInput | (() => Promise<KnowledgeBaseInput>),
  versions?: KnowledgeBaseVersions,
): Promise<TimedKnowledgeBaseLoad> {
  const start = performance.now();
  const known = versions && (await compareVersions(db, versions.packId, versions.packVersion, versions.snapshot));
  const load =
    known && known.upToDate
      ? unchanged(known.keptRefreshed)
      : await loadKnowledgeBase(db, typeof input === 'function' ? await input() : input);
  const ms = performance.now() - start;
  const count = (origin: EntityOrigin) => db.entities.where('origin').equals(origin).count();
  const [pack, designation, user] = await Promise.all([count('pack'), count('designation'), count('user')]);
  return { ...load, entities: { pack, designation, user }, ms };
}
