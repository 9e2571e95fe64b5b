// Popup entry: reads `?tabId=N`, `?view=` and `?entity=` (for tests and the full-tab view) and renders the App.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/library/download';
import { dbLibraryDeps } from '../../components/library/library-deps';
import { parseSettings } from '../../core/settings';
import { fromRow } from '../../db/entities-repo';
import { LibraryRepo } from '../../db/library-repo';
import { createDb } from '../../db/schema';
import { send } from '../../messaging/client';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { requestPersistentStorage } from '../../platform/storage-persist';
import { App, type PopupView } from './App';

const params = new URLSearchParams(location.search);
const fullTab = params.has('view') || params.has('tabId');

async function tabId(): Promise<number> {
  const param = params.get('tabId');
  if (param !== null) {
    const n = Number(param);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Bad tabId: ${param}`);
    return n;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab');
  return tab.id;
}

const loadTab = async () => send('tab/view', { tabId: await tabId() });
const loadEntities = async () => {
  // The background answers only once it has loaded the knowledge base (on first start this takes a moment).
  await send('kb/ready', {});
  const db = createDb();
  try {
    return (await db.entities.toArray()).map(fromRow);
  } finally {
    db.close();
  }
};
const viewParam = params.get('view');
const initialView: PopupView = viewParam === 'bodies' || viewParam === 'notes' ? viewParam : 'page';
// The library's database connection stays open while the popup is (it closes with the page).
const libraryDb = createDb();
const library = dbLibraryDeps(libraryDb, {
  download: downloadText,
  appVersion: browser.runtime.getManifest().version,
  loadLocalSettings: loadSettings,
  saveLocalSettings: (value) => saveSettings(parseSettings(value)),
});
const loadNotesAbout = (entityId: string) => new LibraryRepo(libraryDb).notesAbout(entityId);
const openLibrary = (entityId?: string) => {
  const query = entityId ? `?entity=${encodeURIComponent(entityId)}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${query}` as '/library.html') });
  if (!fullTab) window.close();
};
void requestPersistentStorage();
const initialEntity = params.get('entity') ?? undefined;

render(
  <App
    loadTab={loadTab}
    loadEntities={loadEntities}
    loadSettings={loadSettings}
    saveSettings={saveSettings}
    initialView={initialView}
    library={library}
    loadNotesAbout={loadNotesAbout}
    openLibrary={openLibrary}
    {...(initialEntity ? { initialEntity } : {})}
    {...(fullTab
      ? {}
      : {
          openFullView: (view: PopupView) => {
            void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?view=${view}`) });
            window.close();
          },
        })}
  />,
  document.getElementById('app')!,
);
