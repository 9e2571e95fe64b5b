// End to end in Chromium and Firefox ESR: the bootstrap content script injects the full one only where it is needed.
import { resolve } from 'node:path';
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_BUILT, launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { highlightTexts, highlights, selectText, waitForFrame } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';
import { waitInPage } from './wait';

const ROOT = resolve(import.meta.dirname, '..');

/** The full content script's mark in a page: the style element its highlighter adds at once. */
const FULL_MARK = '#sanctions-lens-highlight-style';
const NOTE_HIGHLIGHT = 'sanctions-lens-note-highlight';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function clickIn(frame: Frame, selector: string): Promise<void> {
  await frame.waitForSelector(selector, { timeout: 30_000 });
  await frame.$eval(selector, (el) => (el as HTMLElement).click());
}

describe.skipIf(!BOTH_BUILT).each<BrowserName>(['chromium', 'firefox'])('bootstrap content script in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
    ext = await launchWithExtension(name);
    // The background is ready (knowledge base loaded) once an extension page can ask it.
    await ext.openExtensionPage('popup.html', 'main.popup[data-state]');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('injects no full script into a page without a trigger, and draws highlights on a topic page', async () => {
    // Runs first: no note exists yet on the test server's site (a site with notes always gets the full script).
    const plain = await ext.browser.newPage();
    await plain.goto(`${server.origin}/unrelated.html`);
    const topic = await ext.browser.newPage();
    await topic.goto(`${server.origin}/article-id.html`);
    await topic.waitForFunction(() => CSS.highlights.size >= 3, { timeout: 60_000 });
    expect(await topic.$(FULL_MARK)).not.toBeNull();
    // The topic page's full script was injected and ran to its highlights meanwhile; the plain page stays bare.
    await sleep(1000);
    expect(await plain.$(FULL_MARK)).toBeNull();
    expect(await highlights(plain)).toEqual({});
    // Content added later with a trigger is checked (after the bootstrap's check interval): North Korea without a
    // word of sanctions is ruled out by the background's second stage, so the page stays bare...
    const add = (text: string) =>
      plain.evaluate((t) => {
        const p = document.createElement('p');
        p.textContent = t;
        document.querySelector('main')!.append(p);
      }, text);
    await add('An aside on North Korea.');
    await sleep(2500);
    expect(await plain.$(FULL_MARK)).toBeNull();
    // ...and North Korea with sanctions wakes the full script.
    await add('The UN tightened sanctions on North Korea.');
    await plain.waitForSelector(FULL_MARK, { timeout: 30_000 });
    await plain.close();
    await topic.close();
  });

  it('shows the "Add note" button after a selection on a page without a trigger', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/unrelated.html?select`);
    await sleep(500);
    expect(await page.$(FULL_MARK)).toBeNull();
    await selectText(page, 'p', 'Feed the starter twice a day');
    await page.waitForSelector('#sanctions-lens-note-button', { timeout: 60_000 });
    await page.evaluate(() =>
      document.querySelector('#sanctions-lens-note-button')!.shadowRoot!.querySelector('button')!.click(),
    );
    const editor = await waitForFrame(page, 'note-editor.html', 60_000);
    await clickIn(editor, 'button.highlight-only');
    await waitInPage(
      page,
      (n) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString() === 'Feed the starter twice a day'),
      NOTE_HIGHLIGHT,
      60_000,
      'the new note drawn',
    );
    await page.close();
  });

  it('shows the notes of a page without a trigger on a later visit (the background injects the full script)', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/unrelated.html?select`);
    // No selection, no trigger: only the background's check of the site's notes brings the full script in.
    await waitInPage(page, (n) => !!CSS.highlights.get(n)?.size, NOTE_HIGHLIGHT, 60_000, 'the saved note drawn again');
    expect(await highlightTexts(page, NOTE_HIGHLIGHT)).toEqual(['Feed the starter twice a day']);
    expect(await page.$(FULL_MARK)).not.toBeNull();
    await page.close();
  });
});
