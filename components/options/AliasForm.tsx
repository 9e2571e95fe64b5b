// The form that gives any entity an alias of the user's: find the entity by name, pick it, write the alias.
import { useRef, useState } from 'preact/hooks';
import type { Entity } from '../../core/kb/entity';
import type { EntitiesRepo } from '../../db/entities-repo';
import type { UserAliasRow } from '../../db/schema';
import type { UserKbRepo } from '../../db/user-kb-repo';
import { fieldError, typeLabel } from './user-kb-text';

/** How many search results are shown. */
const RESULTS = 20;

/** Props of {@link AliasForm}. */
export interface AliasFormProps {
  repo: UserKbRepo;
  entities: EntitiesRepo;
  /** Called with the stored alias. */
  onAdded(alias: UserAliasRow, entity: Entity): void;
}

/** Searches entities by any of their names, and adds an alias to the one picked. */
export function AliasForm({ repo, entities, onAdded }: AliasFormProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Entity[]>([]);
  const [picked, setPicked] = useState<Entity | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [done, setDone] = useState('');
  const latest = useRef('');

  const onSearch = async (ev: Event) => {
    const q = (ev.currentTarget as HTMLInputElement).value;
    setQuery(q);
    latest.current = q;
    const found = q.trim() ? await entities.searchByName(q, RESULTS) : [];
    // A slower, older search must not replace the results of a newer one.
    if (latest.current === q) setResults(found);
  };

  const onSubmit = async (ev: Event) => {
    ev.preventDefault();
    setError(null);
    setDone('');
    if (!picked) {
      setError({ field: 'entity', message: 'Find the entity first, then pick it from the results.' });
      return;
    }
    try {
      const alias = await repo.addAlias({ entityId: picked.id, text });
      setText('');
      setDone(`Added "${alias.text}" to ${picked.name}.`);
      onAdded(alias, picked);
    } catch (err) {
      setError(fieldError(err));
    }
  };

  return (
    <form class="alias-form" onSubmit={onSubmit} noValidate aria-labelledby="add-alias-title">
      <h3 id="add-alias-title">Add an alias to an entity</h3>
      <div class="field">
        <label for="alias-search">Find an entity by name</label>
        <input
          id="alias-search"
          type="search"
          value={query}
          onInput={onSearch}
          autocomplete="off"
          aria-controls="alias-results"
        />
      </div>
      <ul id="alias-results" class="results" aria-label="Entities found">
        {results.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              aria-pressed={picked?.id === e.id}
              onClick={() => {
                setPicked(e);
                setError(null);
              }}
            >
              {e.name}
            </button>{' '}
            <span class="muted">
              {typeLabel(e.type)}, {e.origin === 'user' ? 'yours' : e.origin}
            </span>
          </li>
        ))}
        {query.trim() && results.length === 0 && <li class="muted">No entity has a name starting so.</li>}
      </ul>
      <p class="picked" aria-live="polite">
        {picked ? `Entity: ${picked.name} (${picked.id})` : 'No entity picked yet.'}
      </p>
      {error?.field === 'entity' && (
        <p class="error" role="alert">
          {error.message}
        </p>
      )}
      <div class="field">
        <label for="alias-text">Alias</label>
        <input
          id="alias-text"
          value={text}
          onInput={(ev) => setText(ev.currentTarget.value)}
          aria-invalid={error?.field === 'alias' ? true : undefined}
          aria-describedby={error?.field === 'alias' ? 'alias-error' : undefined}
        />
        {error && error.field !== 'entity' && (
          <p id="alias-error" class="error" role="alert">
            {error.message}
          </p>
        )}
      </div>
      <button type="submit">Add alias</button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
