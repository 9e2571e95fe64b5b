// Helpers for driving web pages and the extension in e2e tests.
import type { Frame, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import { waitInPage } from './wait';

/** Highlight names and range counts registered in the page's document. */
export function highlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])));
}

/** The texts a named CSS highlight covers in the page (empty when it is not registered). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}

/** Selects the text `text` inside `selector` as a user would, and ends the gesture with a mouseup. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    (sel, wanted) => {
      const el = document.querySelector(sel)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(wanted);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`text not found: ${wanted}`);
    },
    selector,
    text,
  );
}

/** Ids of all open tabs, as the extension sees them (no permission needed for ids). */
export function tabIds(probe: Page): Promise<number[]> {
  return probe.evaluate(async () => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = g.browser ?? g.chrome;
    return (await api.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** Opens `url` in a new tab and learns its tab id: the one id that was not there before. */
export async function openTab(ext: ExtensionBrowser, probe: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(probe));
  const page = await ext.browser.newPage();
  const added = (await tabIds(probe)).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, got ${JSON.stringify(added)}`);
  await page.goto(url);
  return { page, tabId: added[0]! };
}

/** Waits for a sub-frame whose URL contains `part` (10 s unless told). */
export async function waitForFrame(page: Page, part: string, timeoutMs = 10_000): Promise<Frame> {
  for (let i = 0; i < timeoutMs / 100; i++) {
    // Firefox reports an extension iframe's URL as about:blank: ask the frame itself.
    for (const frame of page.frames().slice(1)) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.includes(part)) return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no frame ${part}`);
}

/** The viewport centre of the first occurrence of `text` inside `selector`. */
export function pointOf(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (sel, wanted) => {
      const el = document.querySelector(sel)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(wanted);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + wanted.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`text not found: ${wanted}`);
    },
    selector,
    text,
  );
}

/**
 * Opens the popup for a tab once the content script has reported on it: the popup reads the report once, so it is
 * reloaded until `selector` shows (the report may still be on its way when the page has loaded).
 */
export async function popupWhenReported(ext: ExtensionBrowser, tabId: number, selector: string): Promise<Page> {
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, 'main.popup');
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await popup.$(selector)) return popup;
    await new Promise((r) => setTimeout(r, 500));
    await reloadExtensionPage(popup, 'main.popup');
  }
  throw new Error(`popup for tab ${tabId} never showed ${selector}`);
}

/**
 * Reloads an extension page and waits until the NEW document shows `selector` (Firefox does not settle reloads of
 * moz-extension:// pages for WebDriver, and the old document must not be mistaken for the new one).
 */
export async function reloadExtensionPage(page: Page, selector: string): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __beforeReload?: boolean }).__beforeReload = true;
  });
  void page.reload().catch(() => undefined);
  await waitInPage(
    page,
    (sel) => !(window as unknown as { __beforeReload?: boolean }).__beforeReload && !!document.querySelector(sel),
    selector,
    60_000,
    `reloaded page showing ${selector}`,
  );
}
