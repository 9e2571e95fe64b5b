// Note editor page, shown in an extension-origin iframe on the web page: the note's text never enters the page's DOM.
// `?draft=<id>` writes a new note on a selection; `?note=<id>` edits or deletes a saved one (with undo).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NoteEditor, type NoteEditorInitial } from '../../components/NoteEditor';
import { choiceOf, messageNoteActions as actions } from '../../components/note-actions';
import { send } from '../../messaging/client';

const params = new URLSearchParams(location.search);
const draftId = params.get('draft');
const noteId = params.get('note');
/** How long the "deleted" message with its Undo button stays before the editor closes. */
const UNDO_MS = 8000;

function close() {
  // Tells the content script to remove this frame; it checks that the message comes from this frame.
  window.parent.postMessage({ type: 'sanctions-lens:close-editor' }, '*');
}

interface Loaded {
  quote: string;
  initial: NoteEditorInitial;
  tags: string[];
}

async function load(): Promise<Loaded> {
  const tags = await actions.tags();
  if (draftId) {
    const { draft, entities } = await send('draft/get', { draftId });
    const initial = { comment: '', tags: [], kind: 'comment' as const, entities: entities.map(choiceOf) };
    return { quote: draft.target.quote.exact, initial, tags };
  }
  if (!noteId) throw new Error('No note to edit.');
  const { note, entities } = await actions.get(noteId);
  const initial = { comment: note.comment, tags: note.tags, kind: note.kind, entities: entities.map(choiceOf) };
  return { quote: note.target.quote.exact, initial, tags };
}

function EditorPage() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState<'editing' | 'saved' | 'deleted' | 'restored'>('editing');
  useEffect(() => {
    load().then(setData, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);
  useEffect(() => {
    if (status === 'editing') return;
    const timer = setTimeout(close, status === 'deleted' ? UNDO_MS : 700);
    return () => clearTimeout(timer);
  }, [status]);
  if (error)
    return (
      <p class="error" role="alert">
        {error} <button onClick={close}>Close</button>
      </p>
    );
  if (status === 'deleted')
    return (
      <p class="deleted" role="status">
        Note deleted.{' '}
        <button
          type="button"
          class="undo"
          onClick={() =>
            void actions.restore(noteId!).then(
              () => setStatus('restored'),
              (err: unknown) => setError(String(err)),
            )
          }
        >
          Undo
        </button>{' '}
        <button type="button" onClick={close}>
          Close
        </button>
      </p>
    );
  if (status !== 'editing')
    return (
      <p class="saved" role="status">
        {status === 'saved' ? 'Note saved.' : 'Note restored.'}
      </p>
    );
  if (!data) return <p>Loading…</p>;
  return (
    <NoteEditor
      quote={data.quote}
      initial={data.initial}
      knownTags={data.tags}
      searchEntities={actions.searchEntities}
      onCancel={close}
      highlightOnly={!!draftId}
      {...(noteId && !draftId
        ? {
            onDelete: async () => {
              await actions.remove(noteId);
              setStatus('deleted');
            },
          }
        : {})}
      onSave={async (edit) => {
        if (draftId) await send('note/create', { draftId, ...edit });
        else await actions.update(noteId!, edit);
        setStatus('saved');
      }}
    />
  );
}

render(<EditorPage />, document.getElementById('app')!);
