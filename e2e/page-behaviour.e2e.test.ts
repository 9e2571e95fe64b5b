// End to end in Chromium and Firefox ESR: verdict-driven highlighting, React pages, copy, the site switch, late content,
// single-page-app navigation.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { highlights, openTab, popupWhenReported, reloadExtensionPage } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const built = existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'));

const total = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);

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

describe.skipIf(!built).each<BrowserName>(['chromium', 'firefox'])('page behaviour in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let probe: Page;
  let react: Page;
  let reactTab: number;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
    ext = await launchWithExtension(name);
    probe = await ext.openExtensionPage('popup.html?view=bodies', 'main.popup');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('draws no highlights on a page that only mentions the topic, and says so in the popup', async () => {
    const { page, tabId } = await openTab(ext, probe, `${server.origin}/front-page.html`);
    const popup = await popupWhenReported(ext, tabId, '.verdict-label');
    expect(await popup.$eval('.verdict-label', (el) => el.textContent)).toBe('Mentions North Korea sanctions');
    expect(await highlights(page)).toEqual({});
    await popup.close();
    await page.close();
  });

  it('highlights a React page by type while React keeps rendering', async () => {
    ({ page: react, tabId: reactTab } = await openTab(ext, probe, `${server.origin}/react-article.html`));
    react.on('pageerror', (err) => errors.push(String(err)));
    await react.waitForFunction(() => CSS.highlights.size >= 3, { timeout: 60_000 });
    const drawn = await highlights(react);
    expect(drawn['sanctions-lens-international-body']).toBeGreaterThanOrEqual(3);
    expect(drawn['sanctions-lens-state']).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 3; i++) await react.click('#react-button');
    await react.waitForFunction(() =>
      document.querySelector('#status')?.textContent?.startsWith('Readers reacted 3 times'),
    );
    expect(errors).toEqual([]);
  });

  it('highlights content that arrives later', async () => {
    const before = (await highlights(react))['sanctions-lens-organisation'] ?? 0;
    await react.click('#add-update');
    await react.waitForFunction(
      (n) => (CSS.highlights.get('sanctions-lens-organisation')?.size ?? 0) > n,
      { timeout: 30_000 },
      before,
    );
    expect(await react.$eval('.extra', (el) => el.textContent)).toMatch(/KOMID/);
  });

  it('leaves the page’s text and what is copied unchanged', async () => {
    const copied = await react.evaluate(() => {
      const p = document.querySelector('#p0')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { selected: selection.toString(), text: p.textContent, children: p.childNodes.length };
    });
    expect(copied.selected).toBe(copied.text);
    expect(copied.children).toBe(1); // no elements were wrapped around the highlighted names
    expect(copied.selected).toContain('The Multilateral Sanctions Monitoring Team (MSMT) said');
  });

  it('removes every highlight at once when the site is switched off, and draws them again when it is on', async () => {
    expect(total(await highlights(react))).toBeGreaterThan(5);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${reactTab}`, 'input[name=site]');
    // The popup's tab hides the page, where requestAnimationFrame (puppeteer's default polling) never fires: poll on
    // a timer, since the highlights come back a few tasks after the switch (the page is read and analysed again).
    await popup.click('input[name=site]');
    await react.waitForFunction(() => CSS.highlights.size === 0, { timeout: 30_000, polling: 100 });
    await popup.click('input[name=site]');
    await react.waitForFunction(() => CSS.highlights.size >= 3, { timeout: 30_000, polling: 100 });
    await popup.close();
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
