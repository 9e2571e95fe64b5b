// The "Bodies" view: the knowledge base, searchable by any name in any language, with a card and a timeline.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity, EntityType } from '../../core/kb/entity';
import { ENTITY_TYPES } from '../../core/kb/entity';
import { searchEntities } from '../../core/kb/search';
import { regimeTimeline } from '../../core/kb/timeline';
import type { Note } from '../../core/notes/note';
import { typeLabel } from '../EntityList';
import { EntityNotes } from '../library/EntityNotes';
import { EntityCard } from './EntityCard';
import { Timeline } from './Timeline';

/** Props of {@link BodiesView}. */
export interface BodiesViewProps {
  loadEntities(): Promise<Entity[]>;
  /** Entity to open first (e.g. from `?entity=`). */
  initialEntity?: string;
  /** The user's notes linked to an entity; when given, the card lists them. */
  loadNotesAbout?(entityId: string): Promise<Note[]>;
  /** Opens the full-tab Library filtered to an entity. */
  openLibrary?(entityId: string): void;
}

/** The Bodies view. */
export function BodiesView({ loadEntities, initialEntity, loadNotesAbout, openLibrary }: BodiesViewProps) {
  const [entities, setEntities] = useState<Entity[] | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [selected, setSelected] = useState<string | undefined>(initialEntity);
  const [showTimeline, setShowTimeline] = useState(false);

  useEffect(() => {
    loadEntities().then(setEntities, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [loadEntities]);

  const byId = useMemo(() => new Map((entities ?? []).map((e) => [e.id, e])), [entities]);
  const hits = useMemo(() => {
    const pool = type ? (entities ?? []).filter((e) => e.type === type) : (entities ?? []);
    return searchEntities(pool, query, 100);
  }, [entities, query, type]);
  const events = useMemo(() => regimeTimeline(entities ?? []), [entities]);

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!entities) return <p class="empty">Loading…</p>;
  const current = selected ? byId.get(selected) : undefined;

  return (
    <div class="bodies" data-count={entities.length}>
      {current ? (
        <>
          <button type="button" class="back" onClick={() => setSelected(undefined)}>
            ← All bodies
          </button>
          <EntityCard entity={current} nameOf={(id) => byId.get(id)?.name} onOpen={setSelected} />
          {loadNotesAbout && (
            <EntityNotes
              entityId={current.id}
              loadNotesAbout={loadNotesAbout}
              entityName={(id) => byId.get(id)?.name}
              {...(openLibrary ? { openLibrary } : {})}
            />
          )}
        </>
      ) : (
        <>
          <div class="bodies-controls">
            <input
              type="search"
              name="q"
              placeholder="Search any name, any language"
              aria-label="Search the knowledge base"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <select aria-label="Type" value={type} onChange={(e) => setType(e.currentTarget.value as EntityType | '')}>
              <option value="">All types</option>
              {ENTITY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {typeLabel(t)}
                </option>
              ))}
            </select>
          </div>
          <p class="bodies-summary" role="status">
            {hits.length === 100 ? 'First 100' : hits.length} of {entities.length} entities
            <button
              type="button"
              class="link"
              onClick={() => setShowTimeline(!showTimeline)}
              aria-expanded={showTimeline}
            >
              {showTimeline ? 'Hide timeline' : 'Show timeline'}
            </button>
          </p>
          {showTimeline && <Timeline events={events} onOpen={setSelected} />}
          <ul class="bodies-list" aria-label="Knowledge base">
            {hits.map(({ entity, matchedName }) => (
              <li key={entity.id} data-entity-id={entity.id}>
                <button type="button" class="body-item" onClick={() => setSelected(entity.id)}>
                  <strong>{entity.name}</strong>
                  <span class="entity-type">{typeLabel(entity.type)}</span>
                  {matchedName !== entity.name && <span class="matched-name">{matchedName}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
