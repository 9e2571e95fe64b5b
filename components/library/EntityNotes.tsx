// Every note linked to one entity, across pages and languages: shown under the entity's card in the Bodies view.
import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../core/notes/note';
import { NoteRow } from './NoteRow';

/** Props of {@link EntityNotes}. */
export interface EntityNotesProps {
  entityId: string;
  loadNotesAbout(entityId: string): Promise<Note[]>;
  /** An entity's display name, for the other entities a note links to. */
  entityName?(id: string): string | undefined;
  /** Opens the Library filtered to this entity. */
  openLibrary?(entityId: string): void;
}

/** The notes about an entity, newest first, each with its page. */
export function EntityNotes({ entityId, loadNotesAbout, entityName, openLibrary }: EntityNotesProps) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setNotes(null);
    loadNotesAbout(entityId).then(setNotes, (err: unknown) => setError(String(err)));
  }, [entityId, loadNotesAbout]);
  return (
    <section class="entity-notes" aria-label="Your notes about this entity" data-entity-id={entityId}>
      <h3>Your notes{notes ? ` (${notes.length})` : ''}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notes && notes.length === 0 && <p class="empty">No notes linked to this entity yet.</p>}
      {notes && notes.length > 0 && (
        <ul class="entity-notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <NoteRow note={n} entityName={entityName ?? (() => undefined)} showPage />
            </li>
          ))}
        </ul>
      )}
      {openLibrary && notes && notes.length > 0 && (
        <button type="button" class="link" name="open-library" onClick={() => openLibrary(entityId)}>
          Show in the Library
        </button>
      )}
    </section>
  );
}
