// Counts of designated entities by list, by type and by OFAC programme, for the `kb:stats` command.
import type { Designation, Entity, EntityType } from '../kb/entity';

/** The result of {@link designationStats}. */
export interface DesignationStats {
  /** Entities with at least one designation. */
  entities: number;
  /** Entities designated by each list (an entity on two lists counts for both). */
  byList: Partial<Record<Designation['list'], number>>;
  /** Designated entities by type. */
  byType: Partial<Record<EntityType, number>>;
  /** Entities designated by OFAC under each programme tag. */
  byProgram: Record<string, number>;
  /** Entities designated by both the UN and the United States: the merged parties. */
  unAndUs: number;
}

/**
 * Counts the designations of a set of entities; entities without designations are ignored. Keys are sorted, so that
 * the result prints the same way each time.
 */
export function designationStats(entities: readonly Entity[]): DesignationStats {
  const byList: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const byProgram: Record<string, number> = {};
  let count = 0;
  let unAndUs = 0;
  for (const e of entities) {
    const designations = e.designations ?? [];
    if (designations.length === 0) continue;
    count++;
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    const lists = new Set(designations.map((d) => d.list));
    for (const list of lists) byList[list] = (byList[list] ?? 0) + 1;
    if (lists.has('un') && lists.has('us')) unAndUs++;
    const programs = new Set(
      designations.filter((d) => d.list === 'us' && d.program).flatMap((d) => d.program!.split(/,\s*/)),
    );
    for (const p of programs) byProgram[p] = (byProgram[p] ?? 0) + 1;
  }
  return {
    entities: count,
    byList: sortKeys(byList),
    byType: sortKeys(byType),
    byProgram: sortKeys(byProgram),
    unAndUs,
  };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
