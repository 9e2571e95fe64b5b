// The benchmarks' dictionary: the entities of the bundled pack and designations snapshot, as the matcher gets them.
import type { Entity } from '../core/kb/entity';

/** The pack's and the snapshot's entities, in that order. */
export function loadedEntities(pack: { entities: unknown }, snapshot: { entities: unknown }): Entity[] {
  return [...(pack.entities as Entity[]), ...(snapshot.entities as Entity[])];
}
