// Searches knowledge-base entities by any of their names, in any language, ignoring case and accents.
import type { Entity } from './entity';

/** Folds text for search: NFKD without combining marks, lower case, single spaces, no punctuation. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One search hit: the entity, and the name that matched best. */
export interface SearchHit {
  entity: Entity;
  matchedName: string;
  score: number;
}

/**
 * Finds entities whose names contain the query. Exact names rank first, then prefixes, then
 * substrings; curated entities rank above designations and the user's, then by name.
 */
export function searchEntities(entities: Entity[], query: string, limit = 200): SearchHit[] {
  const q = searchKey(query);
  const originRank = { pack: 0, user: 1, designation: 2 } as const;
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    let best: { name: string; score: number } | null = null;
    for (const name of [entity.name, ...entity.names.map((n) => n.text)]) {
      const key = searchKey(name);
      const score = !q ? 1 : key === q ? 3 : key.startsWith(q) ? 2 : key.includes(q) ? 1 : 0;
      if (score > (best?.score ?? 0)) best = { name, score };
    }
    if (best) hits.push({ entity, matchedName: best.name, score: best.score });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      originRank[a.entity.origin] - originRank[b.entity.origin] ||
      a.entity.name.localeCompare(b.entity.name),
  );
  return hits.slice(0, limit);
}
