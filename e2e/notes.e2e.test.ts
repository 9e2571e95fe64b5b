// End to end in real Chromium and Firefox ESR: notes made from a selection find their place again on each visit,
// on an edited page, with late content, at another URL, and become listed orphans when their text is gone.
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_BUILT, launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { highlightTexts, openTab, pointOf, popupWhenReported, selectText, waitForFrame } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';
import { waitInPage } from './wait';

const ROOT = resolve(import.meta.dirname, '..');

const QUOTE = 'North Korea shipped millions of artillery shells to Russia';
const COMMENT = 'Shells through Rajin';

const QUOTE_PARA =
  '<p id="quote-para">In its findings, the MSMT said that North Korea shipped millions of artillery shells to Russia ' +
  'through the port of Rajin.</p>';
/** The same paragraph as an editor might re-wrap it: other line breaks and spaces, and a changed word elsewhere. */
const QUOTE_PARA_EDITED =
  '<p id="quote-para" class="body">In its latest findings,\n      the MSMT said that North Korea shipped millions of\n' +
  '      artillery shells to Russia through the northern port of Rajin.</p>';

/** The article page, as served in one of its versions. */
function article(body: string, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MSMT report: North Korea arms to Russia</title>
<link rel="canonical" href="/news/msmt-report">${extraHead}</head><body><nav><a href="/">Home</a></nav><main><article>
<h1>MSMT report: North Korea arms to Russia</h1>
<p id="lead">The Multilateral Sanctions Monitoring Team published its second report on Thursday.</p>
${body}
</article></main></body></html>`;
}
const TAIL = '<p id="tail">The Panel of Experts ended its work in April 2024, and Pyongyang welcomed it.</p>';
const VERSIONS = {
  original: article(QUOTE_PARA + TAIL),
  // An advert before the quote, a wrapper that breaks the XPath, re-wrapped text and a changed word.
  edited: article(
    `<aside class="ad"><p>Advertisement: subscribe for $1 a week.</p></aside><div class="wrap"><div>${QUOTE_PARA_EDITED}</div>${TAIL}</div>`,
  ),
  // The paragraph arrives 1.5 s after the page has loaded (a late-rendering page).
  late: article(
    TAIL,
    `<script>addEventListener('load', () => setTimeout(() => document.querySelector('#lead')
      .insertAdjacentHTML('afterend', ${JSON.stringify(QUOTE_PARA)}), 1500));</script>`,
  ),
  deleted: article(TAIL),
};

/** Waits until the named highlight covers exactly `texts` (tolerating the page being replaced meanwhile). */
async function waitForHighlight(page: Page, name: string, texts: string[], timeoutMs = 60_000): Promise<void> {
  await waitInPage(
    page,
    (arg) => {
      const { n, want } = JSON.parse(arg) as { n: string; want: string[] };
      const h = CSS.highlights.get(n);
      const got = h ? [...h].map((r) => (r as Range).toString()) : [];
      return JSON.stringify(got) === JSON.stringify(want);
    },
    JSON.stringify({ n: name, want: texts }),
    timeoutMs,
    `highlight ${name} = ${JSON.stringify(texts)}`,
  );
}

/** Sends a protocol message from an extension page (the background answers it as from the extension). */
async function ask<T>(probe: Page, message: object): Promise<T> {
  const reply = await probe.evaluate(async (m) => {
    type Rt = { runtime: { sendMessage(m: object): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message);
  const r = reply as { ok: boolean; value?: T; error?: string };
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}

/** Sends a command to a tab's content script, as the context menu and the keyboard shortcut do. */
function tellTab(probe: Page, tabId: number, message: object): Promise<void> {
  return probe.evaluate(
    async (id, m) => {
      type Tabs = { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      await (g.browser ?? g.chrome).tabs.sendMessage(id, m);
    },
    tabId,
    message,
  );
}

async function clickIn(frame: Frame, selector: string): Promise<void> {
  await frame.waitForSelector(selector, { timeout: 30_000 });
  await frame.$eval(selector, (el) => (el as HTMLElement).click());
}

interface StoredNote {
  id: string;
  comment: string;
  tags: string[];
  entityIds: string[];
  kind: string;
}

describe
  .skipIf(!BOTH_BUILT)
  .each<BrowserName>((process.env.SL_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'])(
  'notes in %s',
  (name) => {
    let ext: ExtensionBrowser;
    let server: FixtureServer;
    let probe: Page;
    let tab: Page;
    let tabId: number;
    let url: string;
    const noteHighlight = 'sanctions-lens-note-comment';
    const visit = async (version: keyof typeof VERSIONS) => {
      server.setPage('/news/msmt-report.html', VERSIONS[version]);
      await tab.goto(url);
    };

    beforeAll(async () => {
      server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
      ext = await launchWithExtension(name);
      url = `${server.origin}/news/msmt-report.html`;
      probe = await ext.openExtensionPage('popup.html', 'main.popup[data-state]');
    });
    afterAll(async () => {
      await ext?.close();
      await server?.close();
    });

    it('creates a note with a comment, tags and edited entity links from a selection', async () => {
      server.setPage('/news/msmt-report.html', VERSIONS.original);
      ({ page: tab, tabId } = await openTab(ext, probe, url));
      await selectText(tab, '#quote-para', QUOTE);
      await tab.waitForSelector('#sanctions-lens-note-button', { timeout: 60_000 });
      await tab.evaluate(() =>
        document.querySelector('#sanctions-lens-note-button')!.shadowRoot!.querySelector('button')!.click(),
      );
      const editor = await waitForFrame(tab, 'note-editor.html', 60_000);
      await editor.waitForSelector('.chip[data-entity-id="msmt"]', { timeout: 60_000 });
      const prefilled = await editor.$$eval('.chip', (els) => els.map((e) => e.getAttribute('data-entity-id')));
      expect(prefilled).toEqual(expect.arrayContaining(['msmt', 'north-korea', 'russia']));
      await clickIn(editor, '.chip[data-entity-id="russia"] .chip-remove');
      await editor.type('input[name=entity-search]', 'Pyong');
      await clickIn(editor, '.hits button[data-entity-id="pyongyang"]');
      await editor.type('textarea[name=comment]', COMMENT);
      await editor.type('input[name=tags]', 'arms, shipping');
      await clickIn(editor, 'button[type=submit]');
      await tab.waitForFunction(() => !document.querySelector('#sanctions-lens-note-editor'), { timeout: 60_000 });
      // Drawn at once, as a note highlight (not an entity one); the note's text never entered the page's DOM.
      await waitForHighlight(tab, noteHighlight, [QUOTE]);
      expect(await tab.evaluate(() => document.documentElement.outerHTML.includes('Shells through Rajin'))).toBe(false);

      const view = await ask<{ notes: StoredNote[] }>(probe, { type: 'tab/view', tabId });
      expect(view.notes).toHaveLength(1);
      const note = view.notes[0]!;
      expect(note).toMatchObject({ comment: COMMENT, tags: ['arms', 'shipping'], kind: 'comment' });
      expect(note.entityIds).toEqual(expect.arrayContaining(['msmt', 'north-korea', 'pyongyang']));
      expect(note.entityIds).not.toContain('russia');
    });

    it('finds the note again after a reload', async () => {
      await visit('original');
      await waitForHighlight(tab, noteHighlight, [QUOTE]);
    });

    it('finds it again when the server serves an edited page (advert, wrappers, re-wrapped text, changed word)', async () => {
      await visit('edited');
      await waitForHighlight(tab, noteHighlight, [QUOTE.replace('millions of ', 'millions of\n      ')]);
    });

    it('finds it when its paragraph arrives after the page has loaded', async () => {
      await visit('late');
      await waitForHighlight(tab, noteHighlight, [QUOTE]);
    });

    it('lists it as an orphan with its quote in context in the popup when its paragraph is deleted', async () => {
      await visit('deleted');
      const popup = await popupWhenReported(ext, tabId, '.note.orphan');
      expect(await popup.$eval('.note.orphan .note-quote', (el) => el.textContent)).toBe(QUOTE);
      expect(await popup.$eval('.note.orphan .note-context mark', (el) => el.textContent)).toBe(QUOTE);
      expect(await highlightTexts(tab, noteHighlight)).toEqual([]);
      await popup.close();
    });

    it('shows the notes at the URL with tracking parameters, and at another URL of the same article', async () => {
      server.setPage('/news/msmt-report.html', VERSIONS.original);
      const tracked = await openTab(ext, probe, `${url}?utm_source=x&fbclid=y`);
      await waitForHighlight(tracked.page, noteHighlight, [QUOTE]);
      const popup = await popupWhenReported(ext, tracked.tabId, '.note');
      expect(await popup.$$eval('.note:not(.orphan) .note-quote', (els) => els.map((e) => e.textContent))).toEqual([
        QUOTE,
      ]);
      await popup.close();
      await tracked.page.close();
      // An AMP-style copy at another path that declares the same canonical link.
      server.setPage('/amp/msmt-report.html', VERSIONS.original.replace('<nav>', '<nav class="amp">'));
      const amp = await openTab(ext, probe, `${server.origin}/amp/msmt-report.html`);
      await waitForHighlight(amp.page, noteHighlight, [QUOTE]);
      await amp.page.close();
    });

    it('opens the note by clicking its highlight, and deletes it from the page with undo', async () => {
      await visit('original');
      await waitForHighlight(tab, noteHighlight, [QUOTE]);
      await tab.bringToFront();
      const at = await pointOf(tab, '#quote-para', 'artillery shells');
      await tab.mouse.click(at.x, at.y);
      const editor = await waitForFrame(tab, 'note-editor.html?note=', 30_000);
      await editor.waitForSelector('textarea[name=comment]', { timeout: 60_000 });
      expect(await editor.$eval('textarea[name=comment]', (el) => (el as HTMLTextAreaElement).value)).toBe(COMMENT);
      await clickIn(editor, 'button.delete');
      await waitForHighlight(tab, noteHighlight, []);
      await clickIn(editor, 'button.undo');
      await waitForHighlight(tab, noteHighlight, [QUOTE]);
      expect((await ask<{ notes: StoredNote[] }>(probe, { type: 'tab/view', tabId })).notes[0]?.comment).toBe(COMMENT);
    });

    it('starts a note on the selection when the context menu or shortcut asks, and saves a highlight in one click', async () => {
      await selectText(tab, '#tail', 'Panel of Experts ended its work');
      await tellTab(probe, tabId, { type: 'note/from-selection' });
      const editor = await waitForFrame(tab, 'note-editor.html?draft=', 30_000);
      await clickIn(editor, 'button.highlight-only');
      await waitForHighlight(tab, 'sanctions-lens-note-highlight', ['Panel of Experts ended its work']);
    });

    it('edits a note and deletes it with undo in the popup', async () => {
      const popup = await popupWhenReported(ext, tabId, '.note-comment');
      await popup.$eval('.note-comment', (el) =>
        el.closest('.note')!.querySelector<HTMLElement>('.note-edit')!.click(),
      );
      await popup.waitForSelector('.note textarea[name=comment]', { timeout: 30_000 });
      await popup.$eval('.note textarea[name=comment]', (el) => ((el as HTMLTextAreaElement).value = ''));
      await popup.type('.note textarea[name=comment]', 'Edited in the popup');
      await popup.$eval('.note input[name=kind][value=question]', (el) => (el as HTMLInputElement).click());
      await popup.$eval('.note form', (el) => (el as HTMLFormElement).requestSubmit());
      await popup.waitForFunction(
        () => [...document.querySelectorAll('.note-comment')].some((e) => e.textContent === 'Edited in the popup'),
        { timeout: 30_000 },
      );
      // The page redraws it as a question.
      await waitForHighlight(tab, 'sanctions-lens-note-question', [QUOTE]);
      const count = () => popup.$$eval('.note', (els) => els.length);
      expect(await count()).toBe(2);
      await popup.$eval('.note-question .note-delete', (el) => (el as HTMLElement).click());
      await popup.waitForSelector('.undo-bar .undo', { timeout: 30_000 });
      expect(await count()).toBe(1);
      await waitForHighlight(tab, 'sanctions-lens-note-question', []);
      await popup.$eval('.undo-bar .undo', (el) => (el as HTMLElement).click());
      await popup.waitForFunction(() => document.querySelectorAll('.note').length === 2, { timeout: 30_000 });
      await waitForHighlight(tab, 'sanctions-lens-note-question', [QUOTE]);
      await popup.close();
    });
  },
);
