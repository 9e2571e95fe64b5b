// End to end in real Chromium and Firefox ESR: highlights, popup, a note from a selection, and no page-origin IndexedDB.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_BUILT, launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { highlights, openTab, popupWhenReported, reloadExtensionPage, selectText, waitForFrame } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');

describe.skipIf(!BOTH_BUILT).each<BrowserName>(['chromium', 'firefox'])('extension in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let article: Page;
  let articleTab: number;
  let articleUrl: string;
  let probe: Page;

  beforeAll(async () => {
    server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
    ext = await launchWithExtension(name);
    articleUrl = `${server.origin}/article-id.html?utm_source=test`;
    probe = await ext.openExtensionPage('popup.html', 'main.popup[data-state]');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('loads the extension and its popup', async () => {
    const popup = await ext.openExtensionPage('popup.html', 'main.popup[data-state]');
    expect(await popup.title()).toBe('Sanctions Lens');
    await popup.close();
  });

  it('highlights the starter entities on a page that names them', async () => {
    ({ page: article, tabId: articleTab } = await openTab(ext, probe, articleUrl));
    await article.waitForFunction(() => CSS.highlights.size >= 3, { timeout: 60_000 });
    const drawn = await highlights(article);
    expect(drawn['sanctions-lens-state']).toBeGreaterThanOrEqual(3); // Korea Utara ×2 forms, Rusia, 북한, 러시아
    expect(drawn['sanctions-lens-international-body']).toBeGreaterThanOrEqual(4); // MSMT, Tim …, Dewan Keamanan PBB, Panel Ahli
    expect(drawn['sanctions-lens-place']).toBe(1); // Pyongyang
  });

  it('draws no highlights on a page that does not name them, though the content script runs there', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/unrelated.html`);
    await selectText(page, 'p', 'starter twice');
    await page.waitForSelector('#sanctions-lens-note-button', { timeout: 60_000 });
    expect(await highlights(page)).toEqual({});
    await page.close();
  });

  it('shows the tab’s entities with their background in the popup', async () => {
    const popup = await popupWhenReported(ext, articleTab, '.entity');
    const entities = await popup.$$eval('.entity', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-entity-id'),
        background: el.querySelector('.entity-background')?.textContent ?? '',
      })),
    );
    expect(entities.map((e) => e.id).sort()).toEqual([
      'msmt',
      'north-korea',
      'panel-of-experts',
      'pyongyang',
      'russia',
      'unsc',
    ]);
    expect(entities.find((e) => e.id === 'msmt')?.background).toMatch(/eleven states|11 states|2024/);
    expect(await popup.$eval('.verdict-label', (el) => el.textContent)).toBe('About North Korea sanctions');
    const reasons = await popup.$$eval('.reasons li', (els) => els.map((el) => el.textContent ?? ''));
    expect(reasons.some((r) => /North Korea/.test(r))).toBe(true);
    await popup.close();
  });

  it('saves a note from a text selection, shown in the popup and kept after a reload', async () => {
    await article.bringToFront();
    await selectText(article, '#second', 'jutaan peluru artileri');
    await article.waitForSelector('#sanctions-lens-note-button', { timeout: 30_000 });
    await article.evaluate(() => {
      const host = document.querySelector('#sanctions-lens-note-button')!;
      host.shadowRoot!.querySelector('button')!.click();
    });
    const editor = await waitForFrame(article, 'note-editor.html');
    await editor.waitForSelector('textarea[name=comment]', { timeout: 60_000 });
    await editor.type('textarea[name=comment]', 'Artillery shells to Russia');
    await editor.type('input[name=tags]', 'arms, russia');
    await editor.click('button[type=submit]');
    await article.waitForFunction(() => !document.querySelector('#sanctions-lens-note-editor'), { timeout: 60_000 });
    // The note's text never entered the page's DOM.
    expect(await article.evaluate(() => document.documentElement.outerHTML.includes('Artillery shells'))).toBe(false);

    const popup = await ext.openExtensionPage(`popup.html?tabId=${articleTab}`, '.note');
    const read = () =>
      popup.$$eval('.note', (els) =>
        els.map((el) => ({
          quote: el.querySelector('.note-quote')?.textContent,
          comment: el.querySelector('.note-comment')?.textContent,
          tags: [...el.querySelectorAll('.tag')].map((t) => t.textContent),
        })),
      );
    const expected = [
      { quote: 'jutaan peluru artileri', comment: 'Artillery shells to Russia', tags: ['#arms', '#russia'] },
    ];
    expect(await read()).toEqual(expected);
    await reloadExtensionPage(popup, '.note');
    expect(await read()).toEqual(expected);
    await popup.close();
  });

  it('finds the MSMT by its Korean name and the Panel of Experts by its French name in the Bodies view', async () => {
    const bodies = await ext.openExtensionPage('popup.html?view=bodies', '.bodies-list li');
    /** Types a query and waits until the first hit is `id` (fails on time-out). */
    const expectFirstHit = async (q: string, id: string) => {
      await bodies.$eval('input[type=search]', (el) => ((el as HTMLInputElement).value = ''));
      await bodies.type('input[type=search]', q);
      await bodies.waitForFunction(
        (want) => document.querySelector('.bodies-list li')?.getAttribute('data-entity-id') === want,
        { timeout: 30_000 },
        id,
      );
    };
    await expectFirstHit('다국적제재모니터링팀', 'msmt');
    await expectFirstHit("Groupe d'experts", 'panel-of-experts');
    await bodies.click('.bodies-list li:first-child button');
    await bodies.waitForSelector('.entity-card');
    expect(await bodies.$eval('.entity-card .card-background', (el) => el.textContent)).toMatch(/2009/);
    expect(await bodies.$$eval('.entity-card .card-sources a', (els) => els.length)).toBeGreaterThan(0);
    await bodies.close();
  });

  it('leaves no IndexedDB database in the web page’s origin', async () => {
    const names = await article.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toEqual([]);
  });
});
