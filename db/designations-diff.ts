// What a designations refresh changed, and which list dates the stored designations come from.
import { OFAC_ENTRY_URL, UN_LIST_URL } from '../core/designations/merge';
import type { Entity } from '../core/kb/entity';
import type { LoadedDesignations } from './kb-loader';

/** An entity named in a diff. */
export interface EntityRef {
  id: string;
  name: string;
}

/** An entity whose facts changed, with the top-level fields that differ (e.g. `names`, `background`). */
export interface ChangedEntity extends EntityRef {
  fields: string[];
}

/** The entity part of a refresh's diff. */
export interface EntityDiff {
  added: EntityRef[];
  removed: EntityRef[];
  changed: ChangedEntity[];
  unchanged: number;
  /** Entities after the change. */
  total: number;
}

/** What the meta table records about the last refresh from the official lists. */
export interface RefreshedDesignations {
  /** ISO date of the UN list (its `dateGenerated`). */
  unListDate: string;
  /** ISO date of the OFAC list (the server's Last-Modified date, else the download date). */
  ofacListDate: string;
  /** Epoch ms of the refresh. */
  refreshedAt: number;
  /** DPRK entries read from each list. */
  unEntries: number;
  ofacEntries: number;
  /** Designation entities stored. */
  entities: number;
}

/**
 * Compares stored designations with new ones by id. A change of list date alone (in the sources) is not a change;
 * the other top-level fields are compared by value, whatever the order of keys.
 */
export function diffEntities(before: readonly Entity[], after: readonly Entity[]): EntityDiff {
  const old = new Map(before.map((e) => [e.id, e]));
  const ids = new Set(after.map((e) => e.id));
  const added: EntityRef[] = [];
  const changed: ChangedEntity[] = [];
  let unchanged = 0;
  for (const e of after) {
    const prev = old.get(e.id);
    if (!prev) {
      added.push(entityRef(e));
      continue;
    }
    const fields = changedFields(prev, e);
    if (fields.length > 0) changed.push({ ...entityRef(e), fields });
    else unchanged++;
  }
  const removed = before.filter((e) => !ids.has(e.id)).map(entityRef);
  return { added, removed, changed, unchanged, total: after.length };
}

/** The id and name of an entity. */
export function entityRef(e: Pick<Entity, 'id' | 'name'>): EntityRef {
  return { id: e.id, name: e.name };
}

/**
 * The dates of the lists that the stored designations come from: the last refresh's, unless the bundled snapshot was
 * loaded after it; else the loaded snapshot's; else the newest dates that the entities cite in their sources.
 */
export function currentListDates(
  rows: readonly Pick<Entity, 'sources'>[],
  refreshed: Partial<RefreshedDesignations> | undefined,
  loaded: Partial<LoadedDesignations> | undefined,
): { un?: string; us?: string } {
  if (refreshed?.refreshedAt && (!loaded?.loadedAt || refreshed.refreshedAt >= loaded.loadedAt)) {
    return defined({ un: refreshed.unListDate, us: refreshed.ofacListDate });
  }
  if (loaded?.sources?.length) {
    const date = (list: 'un' | 'us') => loaded.sources?.find((s) => s.list === list)?.listDate || undefined;
    return defined({ un: date('un'), us: date('us') });
  }
  return datesFromSources(rows);
}

function changedFields(a: Entity, b: Entity): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const comparable = (e: Entity, key: string): string => {
    const value = (e as unknown as Record<string, unknown>)[key];
    if (key === 'sources' && Array.isArray(value)) {
      return stableJson((value as Entity['sources']).map(({ date: _date, ...s }) => s));
    }
    return stableJson(value);
  };
  return [...keys].filter((k) => comparable(a, k) !== comparable(b, k)).sort();
}

/** JSON with object keys sorted, so that two equal values give the same text whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** The newest UN and OFAC list dates that entities cite in their sources. */
function datesFromSources(rows: readonly Pick<Entity, 'sources'>[]): { un?: string; us?: string } {
  const newest: { un?: string; us?: string } = {};
  for (const row of rows) {
    for (const s of row.sources) {
      const list = s.url === UN_LIST_URL ? 'un' : s.url.startsWith(OFAC_ENTRY_URL) ? 'us' : undefined;
      if (list && s.date && (!newest[list] || s.date > newest[list])) newest[list] = s.date;
    }
  }
  return newest;
}

function defined(dates: { un?: string | undefined; us?: string | undefined }): { un?: string; us?: string } {
  return { ...(dates.un ? { un: dates.un } : {}), ...(dates.us ? { us: dates.us } : {}) };
}
