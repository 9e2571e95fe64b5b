import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACK_KB } from '../../core/analysis/test-kb';
import { createNote } from '../../core/notes/note';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { MAX_WAKE_SAMPLE } from '../../messaging/protocol';
import { pageIdentity } from '../../core/page-identity';
import { NotesRepo } from '../../db/notes-repo';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { injectIfNoted, injectWhereNoted, notedSites, siteOf, tabPage } from './full-script';
import { forgetTab, handleMessage, type HandlerDeps } from './handlers';
import { memoryStore } from './session-store';

const target = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'MSMT', prefix: 'the ', suffix: ' said' },
  position: { type: 'TextPositionSelector' as const, start: 4, end: 8 },
};
let db: SanctionsLensDb;
let injected: number[];
let deps: HandlerDeps;

beforeEach(async () => {
  db = createDb('fs', { indexedDB: new IDBFactory(), IDBKeyRange });
  injected = [];
  deps = {
    db,
    session: memoryStore(),
    setBadge: async () => undefined,
    injectFull: async (tabId) => {
      const first = !injected.includes(tabId);
      injected.push(tabId);
      return first;
    },
  };
  const page = pageIdentity({ url: 'https://www.news.example/story', canonical: 'https://amp.news.example/s' });
  await new NotesRepo(db).put(createNote({ page, target, comment: '', tags: [], entityIds: [] }));
});
afterEach(() => db.close());

describe('the full content script, injected by the background', () => {
  it('knows the sites with notes by their page and canonical URLs, without www.', async () => {
    expect([...(await notedSites(db))].sort()).toEqual(['amp.news.example', 'news.example']);
    expect(siteOf('http://WWW.News.Example/x?utm_source=a#b')).toBe('news.example');
    expect(siteOf('chrome://newtab')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('goes into tabs showing a site with notes, and no other', async () => {
    expect(await injectIfNoted({ id: 1, url: 'https://news.example/other-story' }, deps)).toBe(true);
    expect(await injectIfNoted({ id: 2, url: 'https://elsewhere.example/story' }, deps)).toBe(false);
    expect(await injectIfNoted({ id: 3, url: 'about:blank' }, deps)).toBe(false);
    expect(await injectIfNoted({ url: 'https://news.example/' }, deps)).toBe(false);
    await injectWhereNoted(
      [
        { id: 4, url: 'https://amp.news.example/s' },
        { id: 5, url: 'https://x.example/' },
      ],
      deps,
    );
    expect(injected).toEqual([1, 4]);
  });

  it('answers a bootstrap’s wake-up for its own tab only, and refuses extension pages', async () => {
    const wake = { type: 'page/wake', reason: 'topic' };
    expect(await handleMessage(wake, { kind: 'content', tabId: 9, url: 'https://a.example/' }, deps)).toEqual({
      ok: true,
      value: { injected: true },
    });
    expect(await handleMessage(wake, { kind: 'content', tabId: 9, url: 'https://a.example/' }, deps)).toEqual({
      ok: true,
      value: { injected: false },
    });
    expect((await handleMessage(wake, { kind: 'extension' }, deps)).ok).toBe(false);
    const bad = await handleMessage(
      { type: 'page/wake', reason: 'x' },
      { kind: 'content', tabId: 9, url: 'https://a.example/' },
      deps,
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/reason/) });
    expect(injected).toEqual([9, 9]);
  });

  it('rules out a page by its text sample when it cannot concern the topic, and injects otherwise', async () => {
    deps.compiledKb = async () => PACK_KB;
    const tab = { kind: 'content' as const, tabId: 4, url: 'https://a.example/' };
    const wake = (reason: string, sample: string) => handleMessage({ type: 'page/wake', reason, sample }, tab, deps);
    const southKorea = 'South Korea\nSeoul tightened export controls and sanctions on Russian banks.';
    expect(await wake('topic', southKorea)).toEqual({ ok: true, value: { injected: false, ruledOut: true } });
    expect(await wake('content', 'Pyongyang marathon\nRunners from North Korea and abroad.')).toMatchObject({
      value: { ruledOut: true },
    });
    expect(injected).toEqual([]);
    // A selection needs the full script whatever the page is about.
    expect(await wake('selection', southKorea)).toEqual({ ok: true, value: { injected: true } });
    expect(await wake('topic', 'UN sanctions on North Korea\nThe 1718 Committee met.')).toEqual({
      ok: true,
      value: { injected: false },
    });
    // With "every page with entities", any entity counts: the full script decides.
    deps.settings = async () => ({ ...DEFAULT_SETTINGS, highlightMode: 'entities' });
    expect(await wake('topic', southKorea)).toEqual({ ok: true, value: { injected: false } });
    expect(injected).toEqual([4, 4, 4]);
    const tooLong = await wake('topic', 'x'.repeat(MAX_WAKE_SAMPLE + 1));
    expect(tooLong).toMatchObject({ ok: false, error: expect.stringMatching(/sample/) });
  });

  it('sends the settings it read for the decision along with the injection', async () => {
    const given: unknown[] = [];
    deps.injectFull = async (_tabId, settings) => {
      given.push(settings);
      return true;
    };
    deps.settings = async () => ({ ...DEFAULT_SETTINGS, highlightMode: 'entities' });
    const tab = { kind: 'content' as const, tabId: 4, url: 'https://a.example/' };
    await handleMessage({ type: 'page/wake', reason: 'selection' }, tab, deps);
    delete deps.settings;
    await handleMessage({ type: 'page/wake', reason: 'content' }, tab, deps);
    expect(given).toEqual([{ ...DEFAULT_SETTINGS, highlightMode: 'entities' }, DEFAULT_SETTINGS]);
  });

  it('gives the popup a ruled-out tab’s page from its URL and title, with its notes', async () => {
    expect(tabPage({ url: 'https://news.example/story', title: 'A story' })).toMatchObject({
      normalizedUrl: 'https://news.example/story',
      site: 'news.example',
      title: 'A story',
    });
    expect(tabPage({ url: 'chrome://settings' })).toBeNull();
    expect(tabPage(undefined)).toBeNull();
    deps.tabPage = async () => tabPage({ url: 'https://www.news.example/story', title: 'A story' });
    const view = await handleMessage({ type: 'tab/view', tabId: 3 }, { kind: 'extension' }, deps);
    expect(view).toMatchObject({ ok: true, value: { page: { title: 'A story' }, report: null, entities: [] } });
    expect(view.ok && (view.value as { notes: unknown[] }).notes).toHaveLength(1);
  });

  it('tells the popup why the quick check ruled a page out, for that page only, until the tab navigates', async () => {
    deps.compiledKb = async () => PACK_KB;
    let tabUrl = 'https://news.example/marathon';
    deps.tabPage = async () => tabPage({ url: tabUrl, title: 'Marathon' });
    const sender = { kind: 'content' as const, tabId: 6, url: 'https://news.example/marathon' };
    const sample = 'Pyongyang marathon\nRunners from North Korea and abroad.';
    expect(await handleMessage({ type: 'page/wake', reason: 'topic', sample }, sender, deps)).toMatchObject({
      value: { ruledOut: true },
    });
    const view = async () => {
      const reply = await handleMessage({ type: 'tab/view', tabId: 6 }, { kind: 'extension' }, deps);
      return reply.ok ? (reply.value as { ruledOut?: string[] }).ruledOut : 'error';
    };
    expect(await view()).toEqual([expect.stringMatching(/names .*North Korea.*but no sanctions term/)]);
    // Another page in the same tab (a history navigation before the tab's URL event) gets no stale reasons.
    tabUrl = 'https://news.example/other';
    expect(await view()).toBeUndefined();
    tabUrl = 'https://news.example/marathon';
    await forgetTab(6, deps);
    expect(await view()).toBeUndefined();
  });
});
