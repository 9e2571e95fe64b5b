// "Delete all notes": asks for confirmation and offers a backup first.
import { useState } from 'preact/hooks';
import { buildExport } from './export-file';
import type { LibraryDeps } from './library-deps';

/** Props of {@link DeleteAllPanel}. */
export interface DeleteAllPanelProps {
  count: number;
  deps: Pick<LibraryDeps, 'backupData' | 'appVersion' | 'now' | 'download' | 'deleteAllNotes'>;
  onDeleted(): void;
}

/** The delete-all control with its confirmation step. */
export function DeleteAllPanel({ count, deps, onDeleted }: DeleteAllPanelProps) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const backup = async () => {
    try {
      const file = await buildExport('backup', [], deps, new Map());
      deps.download(file.name, file.text, file.mime);
      setMessage(`Saved ${file.name}. Keep it: it restores every note.`);
    } catch (err) {
      setError(`The backup failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const remove = async () => {
    try {
      const n = await deps.deleteAllNotes();
      setAsking(false);
      setMessage(`Deleted ${n} notes.`);
      onDeleted();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="lib-delete" aria-label="Delete all notes">
      {!asking ? (
        <button type="button" name="delete-all" class="danger" disabled={count === 0} onClick={() => setAsking(true)}>
          Delete all notes…
        </button>
      ) : (
        <div role="alertdialog" aria-label="Confirm deleting all notes" class="lib-confirm">
          <p>
            Delete all {count} notes from this browser? This cannot be undone. Export a backup first to keep a copy.
          </p>
          <button type="button" name="backup-first" onClick={() => void backup()}>
            Export a backup first
          </button>{' '}
          <button type="button" name="confirm-delete" class="danger" onClick={() => void remove()}>
            Delete {count} notes
          </button>{' '}
          <button type="button" name="cancel-delete" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p class="lib-status" role="status">
          {message}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
