// The popup: "This page" (the tab's entities and notes) and "Bodies" (the knowledge base), also usable full-tab.
import { useEffect, useState } from 'preact/hooks';
import { BodiesView } from '../../components/bodies/BodiesView';
import { EntityList } from '../../components/EntityList';
import type { LibraryDeps } from '../../components/library/library-deps';
import { PopupNotes } from '../../components/library/PopupNotes';
import { Legend } from '../../components/Legend';
import { PageNotes } from '../../components/PageNotes';
import { SiteControls } from '../../components/SiteControls';
import { NotAnalysed, VerdictBox } from '../../components/Verdict';
import type { Entity } from '../../core/kb/entity';
import type { Note } from '../../core/notes/note';
import type { Settings } from '../../core/settings';
import type { TabView } from '../../messaging/protocol';

/** Which view the popup shows. */
export type PopupView = 'page' | 'bodies' | 'notes';

/** Props of {@link App}. */
export interface AppProps {
  loadTab(): Promise<TabView>;
  loadEntities(): Promise<Entity[]>;
  initialView?: PopupView;
  initialEntity?: string;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Opens the full-tab view; absent when already full-tab. */
  openFullView?: (view: PopupView) => void;
  /** The notes library (the Notes view and the notes under an entity's card). */
  library?: LibraryDeps;
  loadNotesAbout?(entityId: string): Promise<Note[]>;
  /** Opens the full-tab Library, optionally filtered to an entity. */
  openLibrary?(entityId?: string): void;
}

function Controls({
  loadSettings,
  saveSettings,
  site,
}: Pick<AppProps, 'loadSettings' | 'saveSettings'> & { site?: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    loadSettings().then(setSettings, (err: unknown) => setError(String(err)));
  }, [loadSettings]);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!settings) return null;
  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).catch((err: unknown) => setError(`Could not save: ${String(err)}`));
  };
  return (
    <>
      <SiteControls settings={settings} {...(site ? { site } : {})} onChange={change} />
      <details class="legend-box">
        <summary>Colours</summary>
        <Legend colors={settings.colors} />
      </details>
    </>
  );
}

function PageView({
  loadTab,
  loadSettings,
  saveSettings,
}: Pick<AppProps, 'loadTab' | 'loadSettings' | 'saveSettings'>) {
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    loadTab().then(setView, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [loadTab]);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!view) return <p class="empty">Loading…</p>;
  const controls = (
    <Controls
      loadSettings={loadSettings}
      saveSettings={saveSettings}
      {...(view.page ? { site: view.page.site } : {})}
    />
  );
  if (!view.page)
    return (
      <>
        <p class="empty">Sanctions Lens has not read this page (it works on http and https pages).</p>
        {controls}
      </>
    );
  return (
    <>
      <p class="page-title">{view.page.title || view.page.site}</p>
      {view.report ? (
        <VerdictBox report={view.report} />
      ) : (
        <NotAnalysed {...(view.ruledOut ? { reasons: view.ruledOut } : {})} />
      )}
      {controls}
      <section>
        <h2>On this page</h2>
        <EntityList entities={view.entities} />
      </section>
      <section>
        <h2>Your notes</h2>
        <PageNotes notes={view.notes} anchoring={view.anchoring} />
      </section>
    </>
  );
}

/** The popup's root component. */
export function App({
  loadTab,
  loadEntities,
  loadSettings,
  saveSettings,
  initialView = 'page',
  initialEntity,
  openFullView,
  library,
  loadNotesAbout,
  openLibrary,
}: AppProps) {
  const [view, setView] = useState<PopupView>(initialView);
  const tab = (id: PopupView, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={view === id}
      aria-controls={`panel-${id}`}
      onClick={() => setView(id)}
    >
      {label}
    </button>
  );
  return (
    <main class="popup" data-state="ready" data-view={view}>
      <header>
        <h1>Sanctions Lens</h1>
        <nav role="tablist" aria-label="Views">
          {tab('page', 'This page')}
          {library && tab('notes', 'Notes')}
          {tab('bodies', 'Bodies')}
        </nav>
        {openFullView && (
          <button type="button" class="link full-view" onClick={() => openFullView(view)} title="Open in a tab">
            ⤢
          </button>
        )}
      </header>
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'page' ? (
          <PageView loadTab={loadTab} loadSettings={loadSettings} saveSettings={saveSettings} />
        ) : view === 'notes' && library ? (
          <PopupNotes
            deps={library}
            loadPage={async () => (await loadTab()).page}
            {...(openLibrary ? { openLibrary: () => openLibrary() } : {})}
          />
        ) : (
          <BodiesView
            loadEntities={loadEntities}
            {...(initialEntity ? { initialEntity } : {})}
            {...(loadNotesAbout ? { loadNotesAbout } : {})}
            {...(openLibrary ? { openLibrary } : {})}
          />
        )}
      </div>
    </main>
  );
}
