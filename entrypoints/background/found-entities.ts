// The entities that the background itself found on each tab's page: all that a content script may ask about.
import { normalizeUrl } from '../../core/page-identity';
import type { SessionStore } from './session-store';

/** What the background found on one tab's page (kept in the session store, which outlives the service worker). */
interface FoundOnPage {
  /** The page's normalized URL (no fragment: following an in-page link keeps the page). */
  url: string;
  ids: string[];
}

const foundKey = (tabId: number) => `found:${tabId}`;

/** Per tab, the last change of its record: changes of one tab run one after the other (read, add, write). */
const pending = new Map<number, Promise<void>>();

/** The page a content script's URL is, as the record keys it ('' for a URL that no page of ours has). */
const pageOf = (url: string) => normalizeUrl(url) ?? '';

/**
 * Adds `ids` to what the background found on tab `tabId`'s page at `url` (the sender's URL, as the browser gives
 * it). A record of another page of the tab (it navigated) is replaced.
 */
export function recordFound(session: SessionStore, tabId: number, url: string, ids: Iterable<string>): Promise<void> {
  const page = pageOf(url);
  const fresh = [...ids];
  const change = (pending.get(tabId) ?? Promise.resolve()).then(async () => {
    const held = await session.get<FoundOnPage>(foundKey(tabId));
    const kept = held && held.url === page ? held.ids : [];
    const added = fresh.filter((id) => !kept.includes(id));
    if (held && held.url === page && added.length === 0) return;
    await session.set(foundKey(tabId), { url: page, ids: [...kept, ...added] } satisfies FoundOnPage);
  });
  // A failed write must not hold up the tab's next one (and reaches this caller all the same).
  const settled = change.catch(() => undefined);
  pending.set(tabId, settled);
  void settled.then(() => {
    if (pending.get(tabId) === settled) pending.delete(tabId);
  });
  return change;
}

/** The entities that the background found on tab `tabId`'s page at `url` (none when it analysed another page). */
export async function foundOn(session: SessionStore, tabId: number, url: string): Promise<Set<string>> {
  await pending.get(tabId);
  const held = await session.get<FoundOnPage>(foundKey(tabId));
  return new Set(held && held.url === pageOf(url) ? held.ids : []);
}

/** Forgets a closed tab's record. */
export async function forgetFound(session: SessionStore, tabId: number): Promise<void> {
  await pending.get(tabId);
  await session.remove(foundKey(tabId));
}
