// The note editor form: the quoted text, linked entities, a comment and tags.
import { useState } from 'preact/hooks';
import type { Entity } from '../core/kb/entity';

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  quote: string;
  entities: Entity[];
  onSave(comment: string, tags: string[]): Promise<void>;
  onCancel(): void;
}

/** Splits a comma-separated tag field. */
export function parseTags(field: string): string[] {
  return field
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Edits a new note; keeps the text if saving fails, and shows why. */
export function NoteEditor({ quote, entities, onSave, onCancel }: NoteEditorProps) {
  const [comment, setComment] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setError('');
    try {
      await onSave(comment, parseTags(tags));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="editor" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <blockquote class="quote">{quote}</blockquote>
      {entities.length > 0 && (
        <p class="linked">
          Linked:{' '}
          {entities.map((e) => (
            <span key={e.id} class="chip" data-entity-id={e.id}>
              {e.name}
            </span>
          ))}
        </p>
      )}
      <label>
        Comment
        <textarea
          name="comment"
          rows={4}
          value={comment}
          autoFocus
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </label>
      <label>
        Tags <small>(comma-separated)</small>
        <input name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save note'}
        </button>
      </div>
    </form>
  );
}
