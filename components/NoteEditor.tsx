// The note editor form: the quoted text, kind, comment, tags with completion and linked entities; used on the page
// (in the extension's iframe) and in the popup.
import { useState } from 'preact/hooks';
import type { NoteKind } from '../core/notes/note';
import type { EntityChoice, NoteEdit } from '../messaging/protocol';
import { EntityLinks } from './EntityLinks';
import { applySuggestion, parseTags, tagSuggestions } from './tag-completion';

export { parseTags } from './tag-completion';

/** What the editor starts from. */
export interface NoteEditorInitial {
  comment: string;
  tags: string[];
  kind: NoteKind;
  entities: EntityChoice[];
}

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  quote: string;
  initial: NoteEditorInitial;
  /** Every tag in use, for completion. */
  knownTags: string[];
  searchEntities(q: string): Promise<EntityChoice[]>;
  onSave(edit: NoteEdit): Promise<void>;
  onCancel(): void;
  /** Offered for a new note: saves it as a bare highlight at once. */
  highlightOnly?: boolean;
  /** Offered for a saved note. */
  onDelete?(): Promise<void>;
}

const KINDS: { kind: NoteKind; label: string }[] = [
  { kind: 'highlight', label: 'Highlight' },
  { kind: 'comment', label: 'Comment' },
  { kind: 'question', label: 'Question' },
];

/** Edits a note; keeps the text if saving fails, and shows why. */
export function NoteEditor(props: NoteEditorProps) {
  const { quote, initial, knownTags, searchEntities, onSave, onCancel, onDelete } = props;
  const [comment, setComment] = useState(initial.comment);
  const [tags, setTags] = useState(initial.tags.length ? initial.tags.join(', ') + ', ' : '');
  const [kind, setKind] = useState<NoteKind>(initial.kind);
  const [linked, setLinked] = useState<EntityChoice[]>(initial.entities);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const edit = (k: NoteKind, text: string): NoteEdit => ({
    comment: text,
    tags: parseTags(tags),
    entityIds: linked.map((e) => e.id),
    kind: k,
  });
  const save = (event: Event) => {
    event.preventDefault();
    void run(() => onSave(edit(kind, comment)));
  };
  const suggestions = tagSuggestions(tags, knownTags);

  return (
    <form class="editor" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <blockquote class="quote">{quote}</blockquote>
      <fieldset class="kinds">
        <legend>Kind</legend>
        {KINDS.map((k) => (
          <label key={k.kind} class="kind">
            <input type="radio" name="kind" value={k.kind} checked={kind === k.kind} onChange={() => setKind(k.kind)} />
            {k.label}
          </label>
        ))}
      </fieldset>
      <label>
        Comment
        <textarea
          name="comment"
          rows={3}
          value={comment}
          autoFocus
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </label>
      <label>
        Tags <small>(comma-separated)</small>
        <input name="tags" autoComplete="off" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      {suggestions.length > 0 && (
        <p class="suggestions" aria-label="Existing tags">
          {suggestions.map((t) => (
            <button key={t} type="button" class="suggestion" onClick={() => setTags(applySuggestion(tags, t))}>
              #{t}
            </button>
          ))}
        </p>
      )}
      <EntityLinks linked={linked} onChange={setLinked} search={searchEntities} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {onDelete && (
          <button type="button" class="danger delete" disabled={busy} onClick={() => void run(onDelete)}>
            Delete
          </button>
        )}
        {props.highlightOnly && (
          <button
            type="button"
            class="highlight-only"
            disabled={busy}
            onClick={() => void run(() => onSave(edit('highlight', '')))}
          >
            Highlight only
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save note'}
        </button>
      </div>
    </form>
  );
}
