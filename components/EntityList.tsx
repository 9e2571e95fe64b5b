// Lists the entities found on a page, each with its type, count and short background.
import type { Entity } from '../core/kb/entity';

/** Props of {@link EntityList}. */
export interface EntityListProps {
  entities: (Entity & { count: number })[];
}

/** Human label of an entity type. */
export function typeLabel(type: Entity['type']): string {
  return type.replace(/-/g, ' ');
}

/** The entities found on a page. */
export function EntityList({ entities }: EntityListProps) {
  if (entities.length === 0) return <p class="empty">No sanctions entities found on this page.</p>;
  return (
    <ul class="entities" aria-label="Entities on this page">
      {entities.map((e) => (
        <li key={e.id} class={`entity type-${e.type}`} data-entity-id={e.id}>
          <div class="entity-head">
            <strong class="entity-name">{e.name}</strong>
            <span class="entity-type">{typeLabel(e.type)}</span>
            <span class="entity-count" title="Mentions on this page">
              ×{e.count}
            </span>
          </div>
          <p class="entity-background">{e.background}</p>
          {e.sources[0] && (
            <a class="entity-source" href={e.sources[0].url} target="_blank" rel="noopener noreferrer">
              {e.sources[0].publisher}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
