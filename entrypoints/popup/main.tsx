// Popup entry: reads `?tabId=N`, `?view=` and `?entity=` (for tests and the full-tab view) and renders the App.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { fromRow } from '../../db/entities-repo';
import { createDb } from '../../db/schema';
import { send } from '../../messaging/client';
import { loadSettings, saveSettings } from '../../platform/settings-store';
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
const initialView: PopupView = params.get('view') === 'bodies' ? 'bodies' : 'page';
const initialEntity = params.get('entity') ?? undefined;

render(
  <App
    loadTab={loadTab}
    loadEntities={loadEntities}
    loadSettings={loadSettings}
    saveSettings={saveSettings}
    initialView={initialView}
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
