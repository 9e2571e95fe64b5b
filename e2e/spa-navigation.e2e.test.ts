// End to end in Chromium and Firefox ESR: a single-page app's history-API navigations start a fresh analysis, and
// the popup says why a view that the background's quick check ruled out was not analysed.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_BUILT, launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { openTab, reloadExtensionPage } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');

/** Every highlighted text on the page (any highlight name), sorted. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    }
    return out.sort();
  });
}

/** Navigates the app with the history API (no page load). */
const go = (page: Page, view: string) =>
  page.evaluate((v) => (window as unknown as { go(v: string): void }).go(v), view);

/** Waits until the page's highlights satisfy `test` (polled on a timer: a background tab gets no animation frames). */
async function until(page: Page, test: (texts: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const texts = await highlightedTexts(page);
    if (test(texts)) return texts;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; highlights: ${texts.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!BOTH_BUILT).each<BrowserName>(['chromium', 'firefox'])('single-page app in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let probe: Page;

  beforeAll(async () => {
    server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
    ext = await launchWithExtension(name);
    probe = await ext.openExtensionPage('popup.html?view=bodies', 'main.popup');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('says in the popup why a view was not analysed, then analyses each view it navigates to afresh', async () => {
    const { page, tabId } = await openTab(ext, probe, `${server.origin}/spa.html?view=aside`);
    // North Korea without a word of sanctions: the background's quick check rules the view out, and says why.
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, 'main.popup');
    for (let attempt = 0; ; attempt++) {
      const label = await popup.$eval('.quick-check-label', (el) => el.textContent).catch(() => '');
      if (label === 'Not about North Korea sanctions') break;
      if (attempt > 40) throw new Error(`the popup never gave the quick check's verdict (last: ${label})`);
      await new Promise((r) => setTimeout(r, 500));
      await reloadExtensionPage(popup, 'main.popup');
    }
    const reasons = await popup.$$eval('.reasons li', (els) => els.map((el) => el.textContent));
    expect(reasons).toEqual([expect.stringMatching(/names .*(North Korea|Pyongyang).*but no sanctions term/)]);
    await popup.close();
    expect(await highlightedTexts(page)).toEqual([]);

    // To an article about the sanctions: highlighted (the bootstrap sees the new URL and wakes the full script).
    await go(page, 'msmt');
    const msmt = await until(page, (t) => t.includes('MSMT') && t.includes('1718 Committee'), 'the MSMT view');
    expect(msmt).not.toContain('Lazarus Group');
    // To a recipe: a fresh analysis finds nothing, and the article's highlights are gone.
    await go(page, 'bread');
    await until(page, (t) => t.length === 0, 'no highlights on the recipe');
    // To another article: its own names, none left over from the first.
    await go(page, 'lazarus');
    const lazarus = await until(page, (t) => t.includes('Lazarus Group'), 'the Lazarus view');
    expect(lazarus).not.toContain('MSMT');
    // Back twice (popstate): the recipe, then the first article again.
    const back = () => page.evaluate(() => history.back());
    await back();
    await until(page, (t) => t.length === 0, 'no highlights on the recipe again');
    await back();
    await until(page, (t) => t.includes('MSMT') && !t.includes('Lazarus Group'), 'the MSMT view again');
    await page.close();
  });
});
