// Every difference between Chrome and Firefox that the extension deals with, in one place.
import { browser } from 'wxt/browser';
import type { SessionStore } from '../entrypoints/background/session-store';
import { memoryStore } from '../entrypoints/background/session-store';
import type { Settings } from '../core/settings';
import { FULL_FLAG, SETTINGS_FLAG } from './wake';

type ActionApi = typeof browser.action;

/** The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in MV2 (Firefox). */
export function actionApi(): ActionApi {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  const api = b.action ?? b.browserAction;
  if (!api) throw new Error('No toolbar action API');
  return api;
}

/** Badge colours: blue for a page about the topic, grey for a page that only names entities. */
export const BADGE_COLORS = { about: '#1d4ed8', other: '#6b7280' } as const;

/** Sets the badge text on a tab's toolbar button; ignores tabs that closed meanwhile. */
export async function setBadge(tabId: number, text: string, about: boolean): Promise<void> {
  const action = actionApi();
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: about ? BADGE_COLORS.about : BADGE_COLORS.other });
    await action.setTitle({
      tabId,
      title: about ? `Sanctions Lens: about North Korea sanctions, ${text} entities` : 'Sanctions Lens',
    });
  } catch {
    // The tab is gone.
  }
}

/** Session storage where the browser has it (Chrome 102+, Firefox 115+), else memory. */
export function sessionStore(): SessionStore {
  const area = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
  if (!area) return memoryStore();
  return {
    async get<T>(key: string) {
      const got = await area.get(key);
      return got[key] as T | undefined;
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(key) {
      await area.remove(key);
    },
  };
}

/** The origin of the extension's own pages, e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

/**
 * The host patterns that the manifest lets the extension ask for at run time, e.g. `https://scsanctions.un.org/*`:
 * `optional_host_permissions` in Chrome (MV3), the origins among `optional_permissions` in Firefox (MV2).
 */
export function optionalHostPatterns(): string[] {
  const manifest = browser.runtime.getManifest() as {
    optional_host_permissions?: string[];
    optional_permissions?: string[];
  };
  const declared = manifest.optional_host_permissions ?? manifest.optional_permissions ?? [];
  return declared.filter((p) => p.includes('://'));
}

/**
 * Asks the user for access to these host patterns (declared optional in the manifest); resolves whether it was
 * granted, at once when it already is. Call it first in a click handler, before any `await`: Firefox accepts the
 * request only while it handles the user's input, whereas Chrome lets a few seconds pass.
 */
export function requestHostAccess(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns });
}

/** The part of the context-menu API that the extension uses. */
export interface MenusApi {
  create(props: { id: string; title: string; contexts: 'selection'[] }): unknown;
  removeAll(): Promise<void>;
  onClicked: { addListener(cb: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void };
}

/**
 * The context-menu API: `contextMenus` in Chrome (permission `contextMenus`), `menus` in Firefox (permission `menus`;
 * Firefox also aliases `contextMenus`, but only `menus` has its full API). The manifest asks for the one each browser
 * calls it (wxt.config.ts).
 */
export function menusApi(): MenusApi | null {
  const b = browser as unknown as { menus?: MenusApi; contextMenus?: MenusApi };
  return b.menus ?? b.contextMenus ?? null;
}

/** The full content script's file in the build (WXT's `content` entrypoint, registered at run time). */
export const FULL_SCRIPT_FILE = '/content-scripts/content.js';

type ScriptingApi = {
  executeScript(injection: {
    target: { tabId: number; frameIds?: number[] };
    func?: (flag: string, settingsKey: string, settings: unknown) => boolean;
    args?: unknown[];
    files?: string[];
  }): Promise<{ result?: unknown }[]>;
};

/**
 * Injects the full content script into a tab's top frame, once per document: a guard function first sets
 * {@link FULL_FLAG} in the extensions' isolated world and says whether it was already set. Uses the `scripting` API,
 * which Chrome (MV3) and Firefox (MV2 too, since 102) both have, with the `scripting` permission and the host
 * permissions. Resolves whether the script was injected now; rejects for a tab the extension may not script.
 * `settings` (the user's settings, when the caller has just read them) are left by the guard for the script
 * ({@link SETTINGS_FLAG}), which then starts without reading the storage.
 */
export async function injectFullScript(tabId: number, settings?: Settings): Promise<boolean> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) throw new Error('No scripting API');
  const target = { tabId, frameIds: [0] };
  const [guard] = await scripting.executeScript({
    target,
    func: (flag: string, settingsKey: string, given: unknown) => {
      const g = globalThis as unknown as Record<string, unknown>;
      if (g[flag] === true) return false;
      g[flag] = true;
      if (given !== null) g[settingsKey] = given;
      return true;
    },
    args: [FULL_FLAG, SETTINGS_FLAG, settings ?? null],
  });
  if (guard?.result !== true) return false;
  await scripting.executeScript({ target, files: [FULL_SCRIPT_FILE] });
  return true;
}
