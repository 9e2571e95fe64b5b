// Background: opens the database, loads the bundled knowledge base, and answers the extension's messages.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createDb } from '../../db/schema';
import { extensionOrigin, sessionStore, setBadge } from '../../platform/compat';
import { compiledKbCache } from './analysis-handlers';
import { forgetTab, handleMessage, type HandlerDeps } from './handlers';
import { bundledSignals, ensureKnowledgeBase } from './kb-setup';
import { registerNoteCommands, tellAllTabsNotesChanged } from './note-commands';
import { classifySender, type RawSender } from './sender';

export default defineBackground(() => {
  const db = createDb();
  // Idempotent: a no-op unless this build bundles another pack or snapshot version.
  const ready = ensureKnowledgeBase(db).catch((err: unknown) =>
    console.error('Sanctions Lens: loading the knowledge base failed', err),
  );
  const deps: HandlerDeps = {
    db,
    session: sessionStore(),
    setBadge,
    signals: bundledSignals,
    openPage: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') })),
    notesChanged: tellAllTabsNotesChanged,
    compiledKb: compiledKbCache(db, bundledSignals),
  };
  registerNoteCommands();

  browser.runtime.onMessage.addListener((message: unknown, sender: RawSender) => {
    const who = classifySender(sender, browser.runtime.id, extensionOrigin());
    return ready.then(() => handleMessage(message, who, deps));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId, deps);
  });
});
