// The popup's notes for a page: edit and delete (with undo) in place; notes not found on the page are listed apart
// ("orphans"), with their quote in its paragraph, so that none is lost.
import { useState } from 'preact/hooks';
import type { Note } from '../core/notes/note';
import type { AnchoringReport } from '../messaging/protocol';
import { NoteEditor } from './NoteEditor';
import { choiceOf, messageNoteActions, type NoteActions } from './note-actions';

/** Props of {@link PageNotes}. */
export interface PageNotesProps {
  notes: Note[];
  anchoring: AnchoringReport | null;
  actions?: NoteActions;
}

/** The paragraph around a quote, with the quote marked; the quote alone when there is no paragraph. */
function InContext({ note }: { note: Note }) {
  const { exact } = note.target.quote;
  const context = note.target.context ?? '';
  const squeezed = exact.replace(/\s+/g, ' ').trim();
  const at = context.indexOf(squeezed);
  if (!context || at < 0) return context ? <p class="note-context">{context}</p> : null;
  return (
    <p class="note-context">
      {context.slice(0, at)}
      <mark>{squeezed}</mark>
      {context.slice(at + squeezed.length)}
    </p>
  );
}

function NoteItem({
  note,
  orphan,
  actions,
  onChanged,
  onDeleted,
}: {
  note: Note;
  orphan: boolean;
  actions: NoteActions;
  onChanged(note: Note): void;
  onDeleted(note: Note): void;
}) {
  const [editing, setEditing] = useState<{ tags: string[]; entities: ReturnType<typeof choiceOf>[] } | null>(null);
  const [error, setError] = useState('');
  const startEditing = async () => {
    try {
      const [tags, got] = await Promise.all([actions.tags(), actions.get(note.id)]);
      setEditing({ tags, entities: got.entities.map(choiceOf) });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const remove = async () => {
    try {
      await actions.remove(note.id);
      onDeleted(note);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <li class={`note note-${note.kind}${orphan ? ' orphan' : ''}`} data-note-id={note.id}>
      <blockquote class="note-quote">{note.target.quote.exact}</blockquote>
      {orphan && <InContext note={note} />}
      {editing ? (
        <NoteEditor
          quote=""
          initial={{ comment: note.comment, tags: note.tags, kind: note.kind, entities: editing.entities }}
          knownTags={editing.tags}
          searchEntities={actions.searchEntities}
          onCancel={() => setEditing(null)}
          onSave={async (edit) => {
            onChanged(await actions.update(note.id, edit));
            setEditing(null);
          }}
        />
      ) : (
        <>
          {note.comment && <p class="note-comment">{note.comment}</p>}
          {note.tags.length > 0 && (
            <p class="note-tags">
              {note.tags.map((t) => (
                <span key={t} class="tag">
                  #{t}
                </span>
              ))}
            </p>
          )}
          <p class="note-meta">
            <span class="note-kind">{note.kind}</span>{' '}
            <time class="note-time" dateTime={new Date(note.created).toISOString()}>
              {new Date(note.created).toLocaleString()}
            </time>{' '}
            <button type="button" class="link note-edit" onClick={() => void startEditing()}>
              Edit
            </button>{' '}
            <button type="button" class="link note-delete" onClick={() => void remove()}>
              Delete
            </button>
          </p>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** A page's notes, the orphans apart, with editing and undoable deletion. */
export function PageNotes({ notes: initial, anchoring, actions = messageNoteActions }: PageNotesProps) {
  const [notes, setNotes] = useState(initial);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState('');
  const orphanIds = new Set(anchoring?.orphans ?? []);
  const found = notes.filter((n) => !orphanIds.has(n.id));
  const orphans = notes.filter((n) => orphanIds.has(n.id));
  const item = (n: Note) => (
    <NoteItem
      key={n.id}
      note={n}
      orphan={orphanIds.has(n.id)}
      actions={actions}
      onChanged={(changed) => setNotes((all) => all.map((x) => (x.id === changed.id ? changed : x)))}
      onDeleted={(gone) => {
        setNotes((all) => all.filter((x) => x.id !== gone.id));
        setDeleted(gone);
      }}
    />
  );
  const undo = async () => {
    if (!deleted) return;
    try {
      const back = await actions.restore(deleted.id);
      setNotes((all) => [...all, back].sort((a, b) => a.created - b.created));
      setDeleted(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div class="page-notes">
      {deleted && (
        <p class="undo-bar" role="status">
          Note deleted.{' '}
          <button type="button" class="link undo" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notes.length === 0 && (
        <p class="empty">No notes on this page yet. Select text on the page and choose “Add note”.</p>
      )}
      {found.length > 0 && (
        <ul class="notes" aria-label="Notes on this page">
          {found.map(item)}
        </ul>
      )}
      {orphans.length > 0 && (
        <section class="orphans" aria-label="Notes not found on this page">
          <h3>Not found on the page now ({orphans.length})</h3>
          <p class="muted">The text these notes were made on has changed or gone; they are kept here.</p>
          <ul class="notes">{orphans.map(item)}</ul>
        </section>
      )}
    </div>
  );
}
