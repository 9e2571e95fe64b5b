// Lists saved notes: the quote, the comment and the tags.
import type { Note } from '../core/notes/note';

/** Props of {@link NoteList}. */
export interface NoteListProps {
  notes: Note[];
}

/** Notes saved on a page, oldest first. */
export function NoteList({ notes }: NoteListProps) {
  if (notes.length === 0)
    return <p class="empty">No notes on this page yet. Select text on the page and choose “Add note”.</p>;
  return (
    <ul class="notes" aria-label="Notes on this page">
      {notes.map((n) => (
        <li key={n.id} class="note" data-note-id={n.id}>
          <blockquote class="note-quote">{n.target.quote.exact}</blockquote>
          {n.comment && <p class="note-comment">{n.comment}</p>}
          {n.tags.length > 0 && (
            <p class="note-tags">
              {n.tags.map((t) => (
                <span key={t} class="tag">
                  #{t}
                </span>
              ))}
            </p>
          )}
          <time class="note-time" dateTime={new Date(n.created).toISOString()}>
            {new Date(n.created).toLocaleString()}
          </time>
        </li>
      ))}
    </ul>
  );
}
