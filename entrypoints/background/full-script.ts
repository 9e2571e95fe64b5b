// The background's side of the two content scripts: it injects the full one when a page's bootstrap asks, when a
// tab shows a site with notes, and before a note command; and it forgets what a tab showed when it navigates.
import { sampleCheck } from '../../core/analysis/probe';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { normalizeUrl, pageIdentity, siteOfUrl, type PageIdentity } from '../../core/page-identity';
import type { SanctionsLensDb } from '../../db/schema';
import type { MessageType } from '../../messaging/protocol';
import { withKb } from './analysis-handlers';
import type { Handler, HandlerDeps } from './handlers';
import { contentTab } from './sender-page';

/** The site key of a URL (host name without `www.`), or null for anything but http(s). */
export function siteOf(url: string | undefined): string | null {
  return url ? siteOfUrl(url) : null;
}

/**
 * The sites on which the user has notes: the hosts of every note's page URL and canonical URL (index keys only, no
 * note is read). A page may claim only its own origin's URLs (`ownAlternates`), so a page whose site is not here
 * has no notes, whatever its canonical link says.
 */
export async function notedSites(db: SanctionsLensDb): Promise<Set<string>> {
  const [urls, canonicals] = await Promise.all([
    db.notes.orderBy('page.normalizedUrl').uniqueKeys(),
    db.notes.orderBy('page.canonicalUrl').uniqueKeys(),
  ]);
  const sites = new Set<string>();
  for (const key of [...urls, ...canonicals]) {
    const site = typeof key === 'string' ? siteOf(key) : null;
    if (site) sites.add(site);
  }
  return sites;
}

/** Injects the full content script into the tab if it shows a site with notes; resolves whether it did. */
export async function injectIfNoted(
  tab: { id?: number; url?: string },
  deps: Pick<HandlerDeps, 'db' | 'injectFull'>,
  sites?: Set<string>,
): Promise<boolean> {
  const site = siteOf(tab.url);
  if (tab.id === undefined || !site || !deps.injectFull) return false;
  if (!(sites ?? (await notedSites(deps.db))).has(site)) return false;
  return deps.injectFull(tab.id);
}

/** Injects the full content script into every listed tab that shows a site with notes (after notes changed). */
export async function injectWhereNoted(
  tabs: { id?: number; url?: string }[],
  deps: Pick<HandlerDeps, 'db' | 'injectFull'>,
): Promise<void> {
  const sites = await notedSites(deps.db);
  await Promise.all(tabs.map((t) => injectIfNoted(t, deps, sites).catch(() => false)));
}

/** What the popup shows for a tab whose page sent no report (the bootstrap ruled it out): its URL and title. */
export function tabPage(tab: { url?: string; title?: string } | undefined): PageIdentity | null {
  if (!tab?.url || !normalizeUrl(tab.url)) return null;
  return pageIdentity({ url: tab.url, title: tab.title ?? '' });
}

/**
 * Why a page whose bootstrap sent this sample of its whole text can be left to the bootstrap, or null when it cannot:
 * its verdict is "none" whatever its main content (no North Korea anchor or no sanctions cue on the whole page, see
 * {@link sampleCheck}), and the settings highlight only pages about the topic (with "every page with entities" any
 * entity counts, so the full script runs past the fast path as before).
 */
export async function ruledOut(sample: string, deps: HandlerDeps, settings: Settings): Promise<string[] | null> {
  if (settings.highlightMode === 'entities') return null;
  const check = await withKb(deps, (kb) => sampleCheck(kb, sample));
  return check.mayConcern ? null : check.reasons;
}

/** The session key of what the second stage said of a tab's page (read by the popup; forgotten on navigation). */
export const checkedKey = (tabId: number) => `checked:${tabId}`;

/** What the second stage said of a tab's page: the page's URL and why it was ruled out. */
export interface CheckedPage {
  url: string;
  reasons: string[];
}

/**
 * The bootstrap's message: inject the full content script into the sender's tab (once per document), unless the
 * page's text sample rules it out (then the bootstrap goes on watching for added content, navigation, selections).
 * The settings read for the decision go along with the injection (the script need not read them again).
 */
export const wakeHandlers: { 'page/wake': Handler<Extract<MessageType, 'page/wake'>> } = {
  async 'page/wake'(req, sender, deps) {
    const { tabId, url } = contentTab(sender);
    if (!deps.injectFull) throw new Error('Cannot inject here');
    const settings = (await deps.settings?.()) ?? DEFAULT_SETTINGS;
    const reasons =
      req.sample !== undefined && req.reason !== 'selection' ? await ruledOut(req.sample, deps, settings) : null;
    if (reasons) {
      const checked: CheckedPage = { url, reasons };
      await deps.session.set(checkedKey(tabId), checked);
      return { injected: false, ruledOut: true };
    }
    return { injected: await deps.injectFull(tabId, settings) };
  },
};
