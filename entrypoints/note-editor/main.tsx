// Note editor page, shown in an extension-origin iframe on the web page: the note's text never enters the page's DOM.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NoteEditor } from '../../components/NoteEditor';
import { send } from '../../messaging/client';
import type { Response } from '../../messaging/protocol';

const draftId = new URLSearchParams(location.search).get('draft') ?? '';

function close() {
  // Tells the content script to remove this frame; it checks that the message comes from this frame.
  window.parent.postMessage({ type: 'sanctions-lens:close-editor' }, '*');
}

function EditorPage() {
  const [data, setData] = useState<Response<'draft/get'> | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    send('draft/get', { draftId }).then(setData, (err: unknown) =>
      setError(err instanceof Error ? err.message : String(err)),
    );
  }, []);
  if (error)
    return (
      <p class="error" role="alert">
        {error} <button onClick={close}>Close</button>
      </p>
    );
  if (saved)
    return (
      <p class="saved" role="status">
        Note saved.
      </p>
    );
  if (!data) return <p>Loading…</p>;
  return (
    <NoteEditor
      quote={data.draft.target.quote.exact}
      entities={data.entities}
      onCancel={close}
      onSave={async (comment, tags) => {
        await send('note/create', { draftId, comment, tags });
        setSaved(true);
        setTimeout(close, 600);
      }}
    />
  );
}

render(<EditorPage />, document.getElementById('app')!);
