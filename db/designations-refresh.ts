// Refreshes the designated parties from the official UN and OFAC lists, replacing them in one transaction.
import { liveQuery } from 'dexie';
import { buildDesignations } from '../core/designations/merge';
import { parseOfacSdnCsv } from '../core/designations/ofac-csv';
import { parseUnConsolidatedList } from '../core/designations/un-xml';
import { downloadList, fromFormatError, RefreshError, type FetchFn, type ListId } from './designations-download';
import {
  currentListDates,
  diffEntities,
  entityRef,
  type EntityDiff,
  type EntityRef,
  type RefreshedDesignations,
} from './designations-diff';
import { fromRow, toRow } from './entities-repo';
import {
  DESIGNATIONS_META_KEY as SNAPSHOT_META_KEY,
  DESIGNATIONS_REFRESH_META_KEY,
  type LoadedDesignations,
} from './kb-loader';
import type { SanctionsLensDb } from './schema';
import { SettingsRepo } from './settings-repo';

export { LIST_NAMES, RefreshError, type FetchFn, type ListId, type RefreshProblem } from './designations-download';
export { diffEntities, type ChangedEntity, type EntityRef, type RefreshedDesignations } from './designations-diff';

/** The official UN Security Council Consolidated List (XML, all regimes). */
export const DEFAULT_UN_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';
/** OFAC's Specially Designated Nationals list (CSV, no header row). */
export const DEFAULT_OFAC_URL = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV';

/** Where the lists are downloaded from. */
export interface ListUrls {
  unUrl: string;
  ofacUrl: string;
}

/** The setting that holds the {@link ListUrls}, and the version of its shape. */
export const LIST_URLS_SETTING = { key: 'designation-list-urls', version: 1 } as const;

/** The meta-table key of the {@link RefreshedDesignations} record of the last refresh (the loader reads it too). */
export const REFRESH_META_KEY = DESIGNATIONS_REFRESH_META_KEY;

/** What a refresh is doing, for a progress display. */
export type RefreshProgress =
  | { phase: 'download'; list: ListId; received: number; total?: number }
  | { phase: 'parse' }
  | { phase: 'save'; entities: number };

/** Options of {@link refreshDesignations}. */
export interface RefreshOptions extends ListUrls {
  fetch: FetchFn;
  /** The clock, for the record of the refresh and the OFAC date when the server sends none. */
  now?: () => number;
  signal?: AbortSignal;
  onProgress?: (progress: RefreshProgress) => void;
}

/** One list's date before and after a refresh, and its DPRK entries. */
export interface ListChange {
  /** The date of the list stored before, when known. */
  old?: string;
  new: string;
  entries: number;
}

/** What a refresh changed: the designation entities added, removed and changed, and the lists' dates. */
export interface RefreshDiff extends EntityDiff {
  lists: Record<ListId, ListChange>;
  /** Built entities not stored because a pack or user entity already has their id. */
  skipped: EntityRef[];
  /** User aliases whose entity is no longer in the knowledge base (kept, in case it comes back). */
  orphanedAliases: number;
}

/**
 * Downloads both lists, parses them, builds the designation entities and replaces every entity of origin
 * `designation` with them in one transaction, recording the list dates in the meta table. Pack and user entities,
 * user aliases and notes are not touched. On any failure nothing is written.
 * @throws RefreshError naming the list and the reason (HTTP status, network, size, HTML page, format, emptiness)
 */
export async function refreshDesignations(db: SanctionsLensDb, options: RefreshOptions): Promise<RefreshDiff> {
  const now = options.now ?? Date.now;
  const progress = options.onProgress ?? (() => undefined);
  // One failed download stops the other.
  const controller = new AbortController();
  const stopOnUserAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stopOnUserAbort, { once: true });
  if (options.signal?.aborted) stopOnUserAbort();
  const get = (list: ListId, url: string) =>
    downloadList(options.fetch, url, list, {
      signal: controller.signal,
      onBytes: (received, total) => progress({ phase: 'download', list, received, ...(total ? { total } : {}) }),
    }).catch((err: unknown) => {
      controller.abort(err);
      throw err;
    });
  let downloads;
  try {
    downloads = await Promise.all([get('un', options.unUrl), get('us', options.ofacUrl)]);
  } catch (err) {
    throw firstCause(controller.signal, err);
  } finally {
    options.signal?.removeEventListener('abort', stopOnUserAbort);
  }
  const [unDownload, ofacDownload] = downloads;

  progress({ phase: 'parse' });
  // Let a progress display paint before the parsers take the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const unList = parse(() => parseUnConsolidatedList(unDownload.text), 'un');
  const ofacList = parse(() => parseOfacSdnCsv(ofacDownload.text), 'us');
  const today = new Date(now()).toISOString().slice(0, 10);
  const unListDate = unList.generated || unDownload.lastModified || today;
  const ofacListDate = ofacDownload.lastModified ?? today;
  const entities = buildDesignations(unList, ofacList, { unListDate, ofacListDate });
  if (entities.length === 0)
    throw new RefreshError('empty', 'The lists gave no designated parties; nothing was changed.');

  progress({ phase: 'save', entities: entities.length });
  try {
    return await db.transaction('rw', db.entities, db.meta, db.aliases, async () => {
      const oldRows = await db.entities.where('origin').equals('designation').toArray();
      const oldDates = currentListDates(oldRows, ...(await listMeta(db)));
      const taken = await db.entities.bulkGet(entities.map((e) => e.id));
      const others = new Set(taken.flatMap((row) => (row && row.origin !== 'designation' ? [row.id] : [])));
      const stored = entities.filter((e) => !others.has(e.id));
      await db.entities.where('origin').equals('designation').delete();
      await db.entities.bulkPut(stored.map(toRow));
      const meta: RefreshedDesignations = {
        unListDate,
        ofacListDate,
        refreshedAt: now(),
        unEntries: unList.entries.length,
        ofacEntries: ofacList.entries.length,
        entities: stored.length,
      };
      await db.meta.put({ key: REFRESH_META_KEY, value: meta });
      const aliasTargets = new Set(await db.aliases.orderBy('entityId').uniqueKeys());
      const known = await db.entities.bulkGet([...aliasTargets].map(String));
      return {
        ...diffEntities(oldRows.map(fromRow), stored),
        skipped: entities.filter((e) => others.has(e.id)).map(entityRef),
        orphanedAliases: known.filter((row) => !row).length,
        lists: {
          un: { ...(oldDates.un ? { old: oldDates.un } : {}), new: unListDate, entries: unList.entries.length },
          us: { ...(oldDates.us ? { old: oldDates.us } : {}), new: ofacListDate, entries: ofacList.entries.length },
        },
      };
    });
  } catch (err) {
    throw new RefreshError('save', `Could not store the new designations; the old ones are kept (${String(err)}).`);
  }
}

/** The list dates and counts of the stored designations, for the options page. */
export interface DesignationsStatus {
  unListDate?: string;
  ofacListDate?: string;
  refreshedAt?: number;
  /** Designation entities, and those on each list. */
  entities: number;
  un: number;
  us: number;
}

/** Reads the stored designations' list dates (from the meta records, else from their sources) and counts. */
export async function designationsStatus(db: SanctionsLensDb): Promise<DesignationsStatus> {
  const [rows, [refreshed, loaded]] = await Promise.all([
    db.entities.where('origin').equals('designation').toArray(),
    listMeta(db),
  ]);
  const dates = currentListDates(rows, refreshed, loaded);
  const onList = (list: 'un' | 'us') => rows.filter((r) => r.designations?.some((d) => d.list === list)).length;
  return {
    ...(dates.un ? { unListDate: dates.un } : {}),
    ...(dates.us ? { ofacListDate: dates.us } : {}),
    ...(refreshed?.refreshedAt ? { refreshedAt: refreshed.refreshedAt } : {}),
    entities: rows.length,
    un: onList('un'),
    us: onList('us'),
  };
}

/**
 * Calls `onStatus` with the {@link designationsStatus} now and after every change to it, also one made by the
 * background (a pack load) or another page.
 * @returns a function that stops watching
 */
export function watchDesignationsStatus(
  db: SanctionsLensDb,
  onStatus: (status: DesignationsStatus) => void,
  onError: (err: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(() => designationsStatus(db)).subscribe({ next: onStatus, error: onError });
  return () => subscription.unsubscribe();
}

/** The configured list URLs, or the official defaults. */
export async function loadListUrls(db: SanctionsLensDb): Promise<ListUrls> {
  const fallback = { unUrl: DEFAULT_UN_URL, ofacUrl: DEFAULT_OFAC_URL };
  const stored = await new SettingsRepo(db).get<Partial<ListUrls>>(
    LIST_URLS_SETTING.key,
    LIST_URLS_SETTING.version,
    {},
  );
  return { unUrl: stored.unUrl || fallback.unUrl, ofacUrl: stored.ofacUrl || fallback.ofacUrl };
}

/** Saves the list URLs. */
export async function saveListUrls(db: SanctionsLensDb, urls: ListUrls): Promise<void> {
  await new SettingsRepo(db).set(LIST_URLS_SETTING.key, LIST_URLS_SETTING.version, { ...urls });
}

function parse<T>(run: () => T, list: ListId): T {
  try {
    return run();
  } catch (err) {
    throw fromFormatError(err, list);
  }
}

/** The error that stopped the downloads: the first list's own failure rather than the other's "cancelled". */
function firstCause(signal: AbortSignal, err: unknown): unknown {
  return signal.reason instanceof RefreshError ? signal.reason : err;
}

/** The records of the last refresh and of the loaded bundled snapshot. */
async function listMeta(
  db: SanctionsLensDb,
): Promise<[Partial<RefreshedDesignations> | undefined, Partial<LoadedDesignations> | undefined]> {
  const [refreshed, loaded] = await db.meta.bulkGet([REFRESH_META_KEY, SNAPSHOT_META_KEY]);
  return [refreshed?.value as Partial<RefreshedDesignations>, loaded?.value as Partial<LoadedDesignations>];
}
