// The entities linked to a note: removable chips and a search to link more.
import { useEffect, useState } from 'preact/hooks';
import type { EntityChoice } from '../messaging/protocol';

/** Props of {@link EntityLinks}. */
export interface EntityLinksProps {
  linked: EntityChoice[];
  onChange(linked: EntityChoice[]): void;
  search(q: string): Promise<EntityChoice[]>;
}

/** Linked entities, editable: each chip can be removed, and a search adds others. */
export function EntityLinks({ linked, onChange, search }: EntityLinksProps) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<EntityChoice[]>([]);
  useEffect(() => {
    if (!q.trim()) return setHits([]);
    let live = true;
    const timer = setTimeout(() => {
      search(q).then(
        (found) => live && setHits(found.filter((e) => !linked.some((l) => l.id === e.id))),
        () => live && setHits([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, linked, search]);
  return (
    <fieldset class="links">
      <legend>Linked entities</legend>
      <p class="linked">
        {linked.length === 0 && <span class="muted">None</span>}
        {linked.map((e) => (
          <span key={e.id} class="chip" data-entity-id={e.id}>
            {e.name}
            <button
              type="button"
              class="chip-remove"
              aria-label={`Unlink ${e.name}`}
              onClick={() => onChange(linked.filter((l) => l.id !== e.id))}
            >
              ×
            </button>
          </span>
        ))}
      </p>
      <input
        name="entity-search"
        type="search"
        placeholder="Link an entity…"
        aria-label="Search entities to link"
        value={q}
        onInput={(e) => setQ(e.currentTarget.value)}
      />
      {hits.length > 0 && (
        <ul class="hits" aria-label="Entities to link">
          {hits.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                data-entity-id={e.id}
                onClick={() => {
                  onChange([...linked, e]);
                  setQ('');
                }}
              >
                {e.name} <small>{e.type}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
