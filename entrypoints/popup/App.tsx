// The popup: the current tab's entities with background, and the notes saved on its page.
import { useEffect, useState } from 'preact/hooks';
import { EntityList } from '../../components/EntityList';
import { NoteList } from '../../components/NoteList';
import type { TabView } from '../../messaging/protocol';

/** Props of {@link App}. */
export interface AppProps {
  load(): Promise<TabView>;
}

/** The popup's root component. */
export function App({ load }: AppProps) {
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    load().then(setView, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [load]);

  return (
    <main class="popup" data-state={view ? 'ready' : error ? 'error' : 'loading'}>
      <header>
        <h1>Sanctions Lens</h1>
        {view?.page && <p class="page-title">{view.page.title || view.page.site}</p>}
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!view && !error && <p class="empty">Loading…</p>}
      {view && !view.page && (
        <p class="empty">Sanctions Lens has not read this page (it works on http and https pages).</p>
      )}
      {view?.page && (
        <>
          <section>
            <h2>On this page</h2>
            <EntityList entities={view.entities} />
          </section>
          <section>
            <h2>Your notes</h2>
            <NoteList notes={view.notes} />
          </section>
        </>
      )}
    </main>
  );
}
