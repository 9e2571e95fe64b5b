// End to end in Chromium and Firefox ESR: verdict-driven highlighting, React pages, copy, the site switch, late content.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { highlights, openTab, popupWhenReported } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const built = existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'));

const total = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);

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
});
