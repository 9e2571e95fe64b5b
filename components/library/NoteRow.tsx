// One note in the library: quote, comment, tags, entities, date and a link that opens the page at the note.
import { noteLink } from '../../core/library/note-link';
import type { Note } from '../../core/notes/note';

/** Props of {@link NoteRow}. */
export interface NoteRowProps {
  note: Note;
  /** An entity's display name, or undefined when unknown (the id is shown). */
  entityName(id: string): string | undefined;
  /** Shows the page title and site (when the row is not under its page heading). */
  showPage?: boolean;
}

/** A note as plain text (never HTML), with its link. */
export function NoteRow({ note, entityName, showPage = false }: NoteRowProps) {
  const link = noteLink(note);
  return (
    <article class="lib-note" data-note-id={note.id}>
      {showPage && (
        <p class="lib-note-page">
          {note.page.title || note.page.url} <span class="muted">· {note.page.site}</span>
        </p>
      )}
      <blockquote class="note-quote">{note.target.quote.exact}</blockquote>
      {note.comment && <p class="note-comment">{note.comment}</p>}
      <p class="lib-note-meta">
        {note.tags.map((t) => (
          <span key={t} class="tag">
            #{t}
          </span>
        ))}
        {note.entityIds.map((id) => (
          <span key={id} class="lib-entity" data-entity-id={id}>
            {entityName(id) ?? id}
          </span>
        ))}
        <time class="note-time" dateTime={new Date(note.created).toISOString()}>
          {new Date(note.created).toLocaleDateString()}
        </time>
        {link && (
          <a class="note-open" href={link} target="_blank" rel="noopener noreferrer" title="Open the page at this note">
            Open ↗
          </a>
        )}
      </p>
    </article>
  );
}
