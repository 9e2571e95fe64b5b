// The options page's "Your entities and aliases" section: add entities and aliases, list and delete them.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity } from '../../core/kb/entity';
import { EntitiesRepo } from '../../db/entities-repo';
import type { SanctionsLensDb, UserAliasRow } from '../../db/schema';
import { UserKbRepo } from '../../db/user-kb-repo';
import { AddEntityForm } from './AddEntityForm';
import { AliasForm } from './AliasForm';
import { typeLabel } from './user-kb-text';

/** Props of {@link UserEntitiesPanel}. */
export interface UserEntitiesPanelProps {
  db: SanctionsLensDb;
}

interface Listing {
  entities: Entity[];
  aliases: UserAliasRow[];
  /** Names of the entities that the aliases belong to, by id. */
  names: Record<string, string>;
}

/** The user's own entities and aliases, with the forms to add them. */
export function UserEntitiesPanel({ db }: UserEntitiesPanelProps) {
  const repo = useMemo(() => new UserKbRepo(db), [db]);
  const entities = useMemo(() => new EntitiesRepo(db), [db]);
  const [listing, setListing] = useState<Listing | null>(null);
  const [confirming, setConfirming] = useState('');
  const [error, setError] = useState('');

  const reload = async () => {
    const [mine, aliases] = await Promise.all([repo.listEntities(), repo.listAliases()]);
    const targets = await entities.getMany([...new Set(aliases.map((a) => a.entityId))]);
    setListing({ entities: mine, aliases, names: Object.fromEntries(targets.map((e) => [e.id, e.name])) });
  };
  useEffect(() => {
    reload().catch((err: unknown) => setError(String(err)));
  }, [repo]);

  const act = (work: () => Promise<void>) => () => {
    setError('');
    work()
      .then(reload)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };

  return (
    <section class="panel" aria-labelledby="user-kb-title">
      <h2 id="user-kb-title">Your entities and aliases</h2>
      <p class="hint">
        Entities and aliases you add are yours: pack updates and list refreshes never change or remove them.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="columns">
        <AddEntityForm repo={repo} onAdded={() => void reload()} />
        <AliasForm repo={repo} entities={entities} onAdded={() => void reload()} />
      </div>
      <h3>Your entities</h3>
      {listing && listing.entities.length === 0 && <p class="muted">None yet.</p>}
      <ul class="user-entities">
        {listing?.entities.map((e) => (
          <li key={e.id}>
            <strong>{e.name}</strong> <span class="muted">{typeLabel(e.type)}</span>
            {e.identifiers.map((i) => (
              <span key={i.scheme + i.value} class="identifier">
                {' '}
                {i.scheme.toUpperCase()} {i.value}
              </span>
            ))}
            {e.names.length > 1 && (
              <span class="muted">
                {' '}
                · also{' '}
                {e.names
                  .slice(1)
                  .map((n) => n.text)
                  .join(', ')}
              </span>
            )}{' '}
            {confirming === e.id ? (
              <button
                type="button"
                onClick={act(() => repo.deleteEntity(e.id))}
                aria-label={`Confirm deleting ${e.name}`}
              >
                Really delete?
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(e.id)} aria-label={`Delete ${e.name}`}>
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      <h3>Your aliases</h3>
      {listing && listing.aliases.length === 0 && <p class="muted">None yet.</p>}
      <ul class="user-aliases">
        {listing?.aliases.map((a) => (
          <li key={a.id}>
            “{a.text}” for {listing.names[a.entityId] ?? `${a.entityId} (no longer in the knowledge base)`}{' '}
            <button type="button" onClick={act(() => repo.removeAlias(a.id))} aria-label={`Remove alias ${a.text}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
