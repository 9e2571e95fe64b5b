// The ways to start a note besides the page's button: a context-menu item and a keyboard shortcut; and telling
// content scripts when notes change so that they draw them again.
import { browser } from 'wxt/browser';
import type { ContentCommand } from '../../messaging/protocol';
import { menusApi } from '../../platform/compat';

/** The context-menu item's id. */
export const NOTE_MENU_ID = 'sanctions-lens-add-note';
/** The keyboard command's name in the manifest (`commands`). */
export const NOTE_COMMAND = 'add-note';

/** Sends a command to a tab's content script; a tab without one (e.g. a browser page) is ignored. */
export async function tellTab(tabId: number, command: ContentCommand): Promise<void> {
  await browser.tabs.sendMessage(tabId, command).catch(() => undefined);
}

/** Tells every tab's content script that notes changed. */
export async function tellAllTabsNotesChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : tellTab(t.id, { type: 'notes/changed' }))));
}

/**
 * Registers the context-menu item and the keyboard shortcut; both ask the tab's content script for a note, after
 * `prepare` (which injects the full content script where only the bootstrap runs).
 */
export function registerNoteCommands(prepare: (tabId: number) => Promise<unknown> = async () => undefined): void {
  const ask = async (tabId: number) => {
    await prepare(tabId);
    await tellTab(tabId, { type: 'note/from-selection' });
  };
  const menus = menusApi();
  if (menus) {
    // Menu items outlive the event page/service worker: start from a clean slate so that the id is never taken.
    void menus
      .removeAll()
      .then(() => menus.create({ id: NOTE_MENU_ID, title: 'Add note to selection', contexts: ['selection'] }))
      .catch((err: unknown) => console.warn('Sanctions Lens: context menu', err));
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === NOTE_MENU_ID && tab?.id !== undefined) {
        void ask(tab.id);
      }
    });
  }
  browser.commands?.onCommand.addListener((name, tab) => {
    if (name !== NOTE_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await ask(id);
    })();
  });
}
