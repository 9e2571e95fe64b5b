// Background: opens the database, seeds the starter knowledge base, and answers the extension's messages.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import { extensionOrigin, sessionStore, setBadge } from '../../platform/compat';
import { forgetTab, handleMessage, type HandlerDeps } from './handlers';
import { classifySender, type RawSender } from './sender';

export default defineBackground(() => {
  const db = createDb();
  const ready = seedStarter(db).catch((err: unknown) => console.error('Sanctions Lens: seeding failed', err));
  const deps: HandlerDeps = { db, session: sessionStore(), setBadge };

  browser.runtime.onMessage.addListener((message: unknown, sender: RawSender) => {
    const who = classifySender(sender, browser.runtime.id, extensionOrigin());
    return ready.then(() => handleMessage(message, who, deps));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId, deps);
  });
});
