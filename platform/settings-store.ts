// Reads, writes and watches the user's settings in `storage.local`, shared by content scripts and extension pages.
import { browser } from 'wxt/browser';
import { keptValue } from '../core/kept-value';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';

/** The current settings (defaults where unset or damaged). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

/** Stores new settings; every open tab sees them at once through {@link watchSettings}. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}

/**
 * A reader of the settings for the background, which needs them at every page's wake: read from the storage once,
 * then kept and replaced by each change (a storage read there took 10-15 ms before each injection).
 */
export function keptSettings(): () => Promise<Settings> {
  // Watched for the background's whole life (a signal that never aborts).
  return keptValue(loadSettings, (listener) => watchSettings(listener, new AbortController().signal));
}
