// The bootstrap content script's only extension API use, without the polyfill: ask the background for the full script.
import type { WakeReason } from '../messaging/protocol';

/**
 * The isolated-world global that says the full content script runs in this document: set by the background's
 * injection guard before it injects the script, and by the script itself.
 */
export const FULL_FLAG = '__sanctionsLensFull';

/**
 * The isolated-world global in which the background's injection guard leaves the user's settings for the full
 * script (read just before), so that it starts without a storage round trip.
 */
export const SETTINGS_FLAG = '__sanctionsLensSettings';

/** The value of an isolated-world global, which is then deleted (each is read once per document). */
function takeGlobal(key: string): unknown {
  const g = globalThis as Record<string, unknown>;
  const value = g[key];
  delete g[key];
  return value;
}

/** The settings that the injection left for the full script (unparsed), once; undefined when none were left. */
export function takeDeliveredSettings(): unknown {
  return takeGlobal(SETTINGS_FLAG);
}

/** The isolated-world global by which the bootstrap says that its fast path found a trigger in this document. */
const TRIGGER_FLAG = '__sanctionsLensTrigger';

/** The bootstrap found a trigger: the full script, injected next, need not run the same fast path again. */
export function markTrigger(): void {
  (globalThis as Record<string, unknown>)[TRIGGER_FLAG] = true;
}

/** Whether the bootstrap found a trigger in this document; answers true once, then forgets it. */
export function takeTrigger(): boolean {
  return takeGlobal(TRIGGER_FLAG) === true;
}

type RuntimeLite = { sendMessage(message: unknown): Promise<unknown>; id?: string };

/**
 * The runtime API as the browser gives it: `browser.runtime` in Firefox, `chrome.runtime` in Chrome (whose MV3
 * `sendMessage` returns a promise). Looked up only when needed: the first touch of the API costs a page a few ms.
 */
function runtime(): RuntimeLite | undefined {
  const g = globalThis as unknown as { browser?: { runtime?: RuntimeLite }; chrome?: { runtime?: RuntimeLite } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** Whether the full content script already runs in this document. */
export function fullScriptPresent(): boolean {
  return (globalThis as Record<string, unknown>)[FULL_FLAG] === true;
}

/** Marks the full content script as running in this document. */
export function markFullScript(): void {
  (globalThis as Record<string, unknown>)[FULL_FLAG] = true;
}

/**
 * Asks the background to inject the full content script into this tab's top frame; with `sample` (the page's whole
 * text), the background may instead rule the page out. Resolves false when it did (the bootstrap goes on watching),
 * true otherwise. Rejects when the extension was updated or removed since this script started (its context is gone).
 */
export async function wakeFullScript(reason: WakeReason, sample?: string): Promise<boolean> {
  const api = runtime();
  if (!api?.id) throw new Error('Extension context invalidated');
  const message = sample === undefined ? { type: 'page/wake', reason } : { type: 'page/wake', reason, sample };
  const reply = (await api.sendMessage(message)) as
    { ok: boolean; value?: { ruledOut?: boolean }; error?: string } | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'No answer to page/wake');
  return reply.value?.ruledOut !== true;
}
