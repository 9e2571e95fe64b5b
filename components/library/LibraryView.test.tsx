// @vitest-environment jsdom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../core/export/backup';
import { BOM } from '../../core/export/csv-export';
import { testBackupData, variedNotes } from '../../core/export/test-notes';
import { createNote, type Note } from '../../core/notes/note';
import { pageIdentity } from '../../core/page-identity';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { dbLibraryDeps, type LibraryDeps } from './library-deps';
import { LibraryView } from './LibraryView';

let container: HTMLElement;
let db: SanctionsLensDb;
let downloads: { name: string; text: string; mime: string }[];
afterEach(() => {
  render(null, container);
  container.remove();
  db.close();
  vi.restoreAllMocks();
});

const NOW = Date.UTC(2026, 10, 25, 12);
const target = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
});

async function mount(notes: Note[], props: Partial<Parameters<typeof LibraryView>[0]> = {}) {
  db = createDb('lib', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.notes.bulkPut(notes);
  downloads = [];
  const deps: LibraryDeps = {
    ...dbLibraryDeps(db, {
      appVersion: '0.1.0',
      download: (name, text, mime) => downloads.push({ name, text, mime }),
    }),
    now: () => NOW,
  };
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<LibraryView deps={deps} height={400} {...props} />, container);
  });
  await settle();
  return deps;
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

const shownNotes = () => [...container.querySelectorAll('.lib-note')].map((el) => el.getAttribute('data-note-id'));
const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel)!;

async function input(sel: string, value: string, event = 'input') {
  await act(async () => {
    const el = $<HTMLInputElement>(sel);
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

async function click(sel: string) {
  await act(async () => $(sel).click());
  await settle();
}

async function chooseFile(text: string, name = 'notes.json') {
  const el = $<HTMLInputElement>('input[type=file]');
  Object.defineProperty(el, 'files', { value: [new File([text], name)], configurable: true });
  await act(async () => void el.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

const pageA = pageIdentity({ url: 'https://www.nknews.org/a', title: 'KOMID report' });
const pageB = pageIdentity({ url: 'https://yna.co.kr/b', title: '북한' });
const three = () => [
  createNote({
    page: pageA,
    target: target('KOMID arms'),
    comment: 'arms sale',
    tags: ['arms'],
    entityIds: ['komid'],
    now: 1,
    id: 'n1',
  }),
  createNote({ page: pageB, target: target('안보리'), comment: '', tags: ['선박'], now: 3, id: 'n3' }),
  createNote({
    page: pageA,
    target: target('Panel'),
    comment: 'ended',
    tags: [],
    entityIds: ['komid'],
    now: 2,
    id: 'n2',
  }),
];

describe('LibraryView', () => {
  it('lists notes newest first, grouped by page, and searches and filters them', async () => {
    await mount(three());
    expect([...container.querySelectorAll('.lib-page-title')].map((h) => h.textContent)).toEqual([
      '북한',
      'KOMID report',
    ]);
    expect(shownNotes()).toEqual(['n3', 'n2', 'n1']);
    await input('input[name=q]', 'ARMS');
    expect(shownNotes()).toEqual(['n1']);
    await input('input[name=q]', '');
    await input('select[name=entity]', 'komid', 'change');
    expect(shownNotes()).toEqual(['n2', 'n1']);
    await input('select[name=site]', 'yna.co.kr', 'change');
    expect(shownNotes()).toEqual([]);
    await click('button[name=clear]');
    await input('select[name=tag]', '선박', 'change');
    expect(shownNotes()).toEqual(['n3']);
    expect($('.lib-shown').textContent).toBe('1');
  });

  it('starts filtered by an entity (from ?entity=) and links each note to its page at the quote', async () => {
    await mount(three(), { initial: { entityId: 'komid' } });
    expect(shownNotes()).toEqual(['n2', 'n1']);
    const link = $<HTMLAnchorElement>('[data-note-id=n2] a.note-open');
    expect(link.href).toBe('https://www.nknews.org/a#:~:text=Panel');
    expect(link.target).toBe('_blank');
  });

  it('renders only the visible rows of 2,000 notes, and others on scroll', async () => {
    await mount(variedNotes(2000, 3));
    const first = shownNotes();
    expect(first.length).toBeGreaterThan(3);
    expect(first.length).toBeLessThan(30);
    await act(async () => {
      const list = $('.vlist');
      list.scrollTop = 100_000;
      list.dispatchEvent(new Event('scroll'));
    });
    const later = shownNotes();
    expect(later.length).toBeLessThan(30);
    expect(later.some((id) => first.includes(id))).toBe(false);
  });

  it('exports all notes, the shown ones or this page’s, in each format with a dated name', async () => {
    await mount(three(), { currentPage: pageA });
    await input('input[name=q]', 'arms');
    await input('input[name=export-set][value=filtered]', 'filtered', 'change');
    await click('button[name=export]');
    expect(downloads[0]!.name).toMatch(/^sanctions-lens-notes-2026-11-2\d\.jsonld$/);
    expect(JSON.parse(downloads[0]!.text).total).toBe(1);
    await input('select[name=export-format]', 'csv', 'change');
    await input('input[name=export-set][value=page]', 'page', 'change');
    await click('button[name=export]');
    expect(downloads[1]!.name).toMatch(/\.csv$/);
    expect(downloads[1]!.text.startsWith(BOM)).toBe(true);
    expect(downloads[1]!.text.trim().split('\r\n')).toHaveLength(3);
    await input('select[name=export-format]', 'markdown', 'change');
    await input('input[name=export-set][value=all]', 'all', 'change');
    await click('button[name=export]');
    expect(downloads[2]!.text).toContain('> 안보리');
    await input('select[name=export-format]', 'backup', 'change');
    await click('button[name=export]');
    const backup = JSON.parse(downloads[3]!.text);
    expect(downloads[3]!.name).toMatch(/^sanctions-lens-backup-.*\.json$/);
    expect(backup).toMatchObject({ format: 'sanctions-lens-backup', formatVersion: 1, appVersion: '0.1.0' });
    expect(backup.notes).toHaveLength(3);
  });

  it('imports a file after showing what it will do, then lists the notes', async () => {
    await mount(three());
    const file = exportBackup(
      { ...testBackupData(0), notes: [...variedNotes(4, 5), { ...three()[0]!, comment: 'x', modified: 0 }] },
      {
        appVersion: '0.1.0',
        now: NOW,
      },
    );
    const broken = JSON.parse(file);
    broken.notes.push({ id: 'bad' });
    await chooseFile(JSON.stringify(broken));
    const count = (k: string) => $(`[data-count=${k}]`).textContent;
    expect(count('new')).toMatch(/^4 new/);
    expect(count('conflict')).toMatch(/^1 /);
    expect(count('invalid')).toMatch(/^1 invalid/);
    expect($('.lib-invalid').textContent).toMatch(/notes item 6: /);
    expect(await db.notes.count()).toBe(3);
    await click('button[name=confirm-import]');
    expect($('.lib-status').textContent).toMatch(
      /Imported: 4 new, 0 updated, 0 replaced; 0 already here; 1 of your newer/,
    );
    expect($('.lib-shown').textContent).toBe('7');
    expect((await db.notes.get('n1'))?.comment).toBe('arms sale');
  });

  it('shows a clear error for a file it cannot import, and writes nothing', async () => {
    await mount(three());
    await chooseFile('id,created,modified,quote\n1,2,3,x', 'notes.csv');
    expect($('[role=alert]').textContent).toMatch(/CSV export .*cannot be imported back/);
    await chooseFile('{"format":"sanctions-lens-backup","formatVersion":1,"notes":[{"id":');
    expect($('[role=alert]').textContent).toMatch(/cut short or damaged/);
    expect(await db.notes.count()).toBe(3);
  });

  it('tells the user when the storage is full, and keeps every note already saved', async () => {
    await mount(three());
    const before = await db.notes.toArray();
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await chooseFile(exportBackup({ ...testBackupData(0), notes: variedNotes(5, 1) }, { appVersion: '0', now: NOW }));
    await click('button[name=confirm-import]');
    expect($('[role=alert]').textContent).toMatch(/storage for Sanctions Lens is full.*Nothing you saved before/);
    vi.restoreAllMocks();
    expect(await db.notes.toArray()).toEqual(before);
    expect(shownNotes()).toHaveLength(3);
  });

  it('shows HTML and script in imported text as text, never as elements', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script><b>bold</b>';
    const note = createNote({
      page: { ...pageIdentity({ url: 'https://ex.com/' }), title: evil, site: evil },
      target: target(evil),
      comment: evil,
      tags: [evil],
      entityIds: [evil],
      now: 1,
    });
    await mount([note]);
    expect(container.querySelector('.library img, .library script, .library b')).toBeNull();
    expect($('.lib-note .note-comment').textContent).toBe(evil);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('deletes all notes only after confirming, offering a backup first', async () => {
    await mount(three());
    await click('button[name=delete-all]');
    expect($('[role=alertdialog]').textContent).toMatch(/Delete all 3 notes/);
    await click('button[name=backup-first]');
    expect(JSON.parse(downloads[0]!.text).notes).toHaveLength(3);
    await click('button[name=cancel-delete]');
    expect(await db.notes.count()).toBe(3);
    await click('button[name=delete-all]');
    await click('button[name=confirm-delete]');
    expect(await db.notes.count()).toBe(0);
    expect(container.querySelector('.empty')?.textContent).toMatch(/No notes yet/);
  });
});
