// End to end in real Chromium and Firefox ESR: notes exported from the Library page (backup and W3C JSON-LD) and
// imported into a fresh browser profile come back identical, and are listed there.
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BOTH_BUILT, launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { reloadExtensionPage } from './page-helpers';
import { waitInPage } from './wait';

const READY = '.library[data-state=ready]';

/** Three notes as the extension stores them: Korean and Russian text, tags, entity links, every selector. */
function sampleNotes(): unknown[] {
  const page = (url: string, title: string, lang: string, site: string) => ({
    url,
    normalizedUrl: url,
    title,
    lang,
    site,
  });
  const note = (id: string, p: ReturnType<typeof page>, exact: string, comment: string, tags: string[], t: number) => ({
    id,
    page: p,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
      range: {
        type: 'RangeSelector',
        startContainer: '/html[1]/body[1]/p[2]',
        startOffset: 3,
        endContainer: '/html[1]/body[1]/p[2]',
        endOffset: 3 + exact.length,
      },
    },
    kind: comment ? 'comment' : 'highlight',
    comment,
    tags,
    entityIds: ['msmt', 'north-korea'],
    created: t,
    modified: t + 1000,
  });
  const a = page('https://www.nknews.org/2025/05/msmt-report/', 'MSMT report', 'en', 'nknews.org');
  const b = page('https://www.yna.co.kr/view/AKR20250529', '북한 제재 보고서', 'ko', 'yna.co.kr');
  return [
    note(
      '11111111-1111-4111-8111-111111111111',
      a,
      'Multilateral Sanctions Monitoring Team',
      'First MSMT report',
      ['msmt', 'arms'],
      1_764_000_000_000,
    ),
    note(
      '22222222-2222-4222-8222-222222222222',
      b,
      '다국적제재모니터링팀',
      '러시아 무기 이전 — «Группа»',
      ['선박'],
      1_764_000_100_000,
    ),
    note('33333333-3333-4333-8333-333333333333', a, 'artillery shells', '', [], 1_764_000_200_000),
  ];
}

/** Writes notes straight into the extension's database, from one of its pages (same origin, same IndexedDB). */
function putNotes(page: Page, notes: unknown[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolveAll, reject) => {
        const open = indexedDB.open('sanctions-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (const n of list) tx.objectStore('notes').put(n);
          tx.oncomplete = () => (open.result.close(), resolveAll());
          tx.onerror = () => reject(tx.error);
        };
      }),
    notes,
  );
}

/** Every stored note, by id, read from the extension's database. */
function storedNotes(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolveAll, reject) => {
        const open = indexedDB.open('sanctions-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('notes').objectStore('notes').getAll();
          req.onsuccess = () => (open.result.close(), resolveAll(req.result as unknown[]));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Clicks Export in a format and returns the file the page offered for download (captured at the anchor click). */
async function exportFile(page: Page, format: string): Promise<{ name: string; text: string }> {
  return page.evaluate(async (fmt) => {
    const w = window as unknown as { __saved?: { name: string; href: string }[] };
    if (!w.__saved) {
      w.__saved = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) w.__saved!.push({ name: this.download, href: this.href });
        else click.call(this);
      };
    }
    const select = document.querySelector<HTMLSelectElement>('select[name=export-format]')!;
    select.value = fmt;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    const before = w.__saved.length;
    document.querySelector<HTMLButtonElement>('button[name=export]')!.click();
    for (let i = 0; i < 200 && w.__saved.length === before; i++) await new Promise((r) => setTimeout(r, 50));
    const saved = w.__saved[w.__saved.length - 1];
    if (!saved || w.__saved.length === before) throw new Error('no file was offered for download');
    return { name: saved.name, text: await (await fetch(saved.href)).text() };
  }, format);
}

/** Chooses a file in the import control (as the file picker would) and waits for the summary. */
async function importFile(page: Page, name: string, text: string): Promise<Record<string, string>> {
  await page.evaluate(
    (fileName, content) => {
      const input = document.querySelector<HTMLInputElement>('input[name=import-file]')!;
      const files = new DataTransfer();
      files.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    name,
    text,
  );
  await waitInPage(page, () => !!document.querySelector('button[name=confirm-import]'), '', 60_000, 'import summary');
  return page.$$eval('[data-count]', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-count'), el.textContent ?? ''])),
  );
}

async function confirmImport(page: Page): Promise<string> {
  await page.click('button[name=confirm-import]');
  await waitInPage(page, () => !!document.querySelector('.lib-status[data-imported]'), '', 60_000, 'import done');
  return page.$eval('.lib-status[data-imported]', (el) => el.textContent ?? '');
}

const byId = (list: unknown[]) =>
  [...list].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
const listed = (page: Page) =>
  page.$$eval('.lib-note', (els) => els.map((el) => el.getAttribute('data-note-id')).sort());

describe.skipIf(!BOTH_BUILT).each<BrowserName>(['chromium', 'firefox'])('notes library in %s', (name) => {
  const browsers: ExtensionBrowser[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close();
  });

  it('exports notes from the Library page and imports them into a fresh profile, identical', async () => {
    const first = await launchWithExtension(name);
    browsers.push(first);
    const library = await first.openExtensionPage('library.html', READY);
    await putNotes(library, sampleNotes());
    await reloadExtensionPage(library, READY);
    await waitInPage(library, () => document.querySelectorAll('.lib-note').length === 3, '', 30_000, '3 notes');
    const original = byId(await storedNotes(library));
    expect(original).toEqual(byId(sampleNotes()));

    const backup = await exportFile(library, 'backup');
    expect(backup.name).toMatch(/^sanctions-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'sanctions-lens-backup', formatVersion: 1 });
    const w3c = await exportFile(library, 'w3c');
    expect(w3c.name).toMatch(/^sanctions-lens-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(JSON.parse(w3c.text)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
    await first.close();

    // A fresh profile: the W3C file first, then the backup (whose notes are then all duplicates).
    const fresh = await launchWithExtension(name);
    browsers.push(fresh);
    const empty = await fresh.openExtensionPage('library.html', READY);
    expect(await storedNotes(empty)).toEqual([]);
    const counts = await importFile(empty, w3c.name, w3c.text);
    expect(counts.new).toMatch(/^3 new/);
    expect(counts.invalid).toMatch(/^0 invalid/);
    expect(await storedNotes(empty)).toEqual([]);
    expect(await confirmImport(empty)).toMatch(/Imported: 3 new/);
    expect(byId(await storedNotes(empty))).toEqual(original);
    await waitInPage(empty, () => document.querySelectorAll('.lib-note').length === 3, '', 30_000, '3 notes');
    expect(await listed(empty)).toEqual(original.map((n) => (n as { id: string }).id));
    const comments = await empty.$$eval('.lib-note .note-comment', (els) => els.map((el) => el.textContent));
    expect(comments).toContain('러시아 무기 이전 — «Группа»');

    const again = await importFile(empty, backup.name, backup.text);
    expect(again.duplicate).toMatch(/^3 duplicate/);
    expect(again.new).toMatch(/^0 new/);
    expect(await confirmImport(empty)).toMatch(/3 already here/);
    expect(byId(await storedNotes(empty))).toEqual(original);

    // The popup's Notes view lists them, and the entity's card in the Bodies view lists the notes linked to it.
    const notesView = await fresh.openExtensionPage('popup.html?view=notes', READY);
    await waitInPage(notesView, () => document.querySelectorAll('.lib-note').length === 3, '', 30_000, 'popup notes');
    const card = await fresh.openExtensionPage('popup.html?view=bodies&entity=msmt', '.entity-notes .lib-note');
    expect(await card.$eval('.entity-notes h3', (el) => el.textContent)).toBe('Your notes (3)');
  });
});
