// Background: opens the database, loads the bundled knowledge base, and answers the extension's messages.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createDb } from '../../db/schema';
import { extensionOrigin, injectFullScript, sessionStore, setBadge } from '../../platform/compat';
import { compiledKbCache } from './analysis-handlers';
import { injectIfNoted, injectWhereNoted, tabPage } from './full-script';
import { closeTab, forgetTab, handleMessage, type HandlerDeps } from './handlers';
import { PieceStore } from './piece-store';
import { bundledSignals, ensureKnowledgeBase } from './kb-setup';
import { shippedMatchers } from './shipped-matchers';
import { registerNoteCommands, tellAllTabsNotesChanged } from './note-commands';
import { keptSettings } from '../../platform/settings-store';
import { classifySender, type RawSender } from './sender';

/** The messages whose answer needs the compiled knowledge base (a long page's text comes in pieces). */
const NEEDS_KB = new Set<unknown>(['page/wake', 'page/analyse', 'page/match', 'message/piece']);

export default defineBackground(() => {
  const db = createDb();
  // Idempotent: a no-op unless this build bundles another pack or snapshot version.
  const ready = ensureKnowledgeBase(db).catch((err: unknown) =>
    console.error('Sanctions Lens: loading the knowledge base failed', err),
  );
  const session = sessionStore();
  // Their files (about 1 MB, 40-60 ms to read) are read at once: a stopped worker is often started by a page's wake,
  // which needs the compiled knowledge base, and that message reached it 16-110 ms after this ran (measured). They
  // are decoded only when a message needs them (below).
  const matchers = shippedMatchers();
  matchers.prefetch();
  // Read at once too (the wake needs them; a small read).
  const settings = keptSettings();
  void settings().catch(() => undefined);
  const deps: HandlerDeps = {
    db,
    session,
    setBadge,
    signals: bundledSignals,
    openPage: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') })),
    notesChanged: async () => {
      // Tabs of a site that has notes now get the full content script, then every tab is told.
      await injectWhereNoted(await browser.tabs.query({}), deps);
      await tellAllTabsNotesChanged();
    },
    // The plan of the compiled knowledge base is kept in session storage (no content script reads it: it holds the
    // user's own entities and aliases), for this build only.
    compiledKb: compiledKbCache(
      db,
      bundledSignals,
      matchers,
      session,
      `${browser.runtime.getManifest().version} ${import.meta.env.SL_BUILD ?? ''}`,
    ),
    injectFull: injectFullScript,
    settings,
    tabPage: async (tabId) => tabPage(await browser.tabs.get(tabId).catch(() => undefined)),
    pieces: new PieceStore(),
  };
  // A note command reaches a page that runs only the bootstrap once the full content script is in.
  registerNoteCommands((tabId) => injectFullScript(tabId).catch(() => false));

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // What the tab showed is stale once its URL changes (the full content script reports again if it runs).
    if (change.url) void forgetTab(tabId, deps);
    // A page of a site with notes gets the full content script, which finds and draws them.
    if (change.status === 'complete') {
      void ready.then(() => injectIfNoted(tab, deps)).catch(() => undefined);
    }
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: RawSender) => {
    // A page's wake or text needs the compiled knowledge base: the shipped matchers are decoded now, while the database
    // opens, not once the message is let through (a worker started for anything else never decodes them).
    if (NEEDS_KB.has((message as { type?: unknown } | null)?.type)) void matchers();
    const who = classifySender(sender, browser.runtime.id, extensionOrigin());
    return ready.then(() => handleMessage(message, who, deps));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void closeTab(tabId, deps);
  });
});
