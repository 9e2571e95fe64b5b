import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageIdentity } from '../../core/page-identity';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import { analysisInput } from './analysis-handlers';
import { closeTab, forgetTab, handleMessage, type HandlerDeps } from './handlers';
import { classifySender, type Sender } from './sender';
import { memoryStore } from './session-store';
import type { MessageType, Response } from '../../messaging/protocol';

const EXT_ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
let db: SanctionsLensDb;
let deps: HandlerDeps;
let badges: Map<number, string>;
let badgeLooks: Map<number, boolean>;

beforeEach(async () => {
  db = createDb('h', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  badges = new Map();
  badgeLooks = new Map();
  let n = 0;
  deps = {
    db,
    session: memoryStore(),
    setBadge: async (tabId, text, about) => {
      badges.set(tabId, text);
      badgeLooks.set(tabId, about);
    },
    now: () => 1000,
    newId: () => `draft-${++n}`,
  };
});
afterEach(() => db.close());

/** Sends a message and returns its value, typed by message type (fails the test on an error reply). */
async function ask<T extends MessageType>(
  msg: { type: T } & Record<string, unknown>,
  sender: Sender,
): Promise<Response<T>> {
  const reply = await handleMessage(msg, sender, deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Response<T>;
}

const analysis = {
  verdict: 'mentions',
  score: 0.2,
  reasons: ['one headline names North Korea'],
  pageType: 'listing',
  language: 'id',
  highlighted: false,
};
/** A page report from a content script, with these entity counts. */
const reportOf = (p: object, entities: { id: string; count: number }[], extra: object = {}) => ({
  type: 'page/report',
  page: p,
  entities,
  ...analysis,
  ...extra,
});

const pageUrl = 'https://news.example/story?utm_source=feed';
const content = (tabId = 7, url = pageUrl): Sender => ({ kind: 'content', tabId, url });
const popup: Sender = { kind: 'extension' };
const page = pageIdentity({ url: pageUrl, title: 'Story', lang: 'id' });
const target = {
  quote: { type: 'TextQuoteSelector', exact: 'MSMT', prefix: 'the ', suffix: ' said' },
  position: { type: 'TextPositionSelector', start: 4, end: 8 },
};

describe('classifySender', () => {
  it('recognizes extension pages, top-frame content scripts, and refuses the rest', () => {
    expect(classifySender({ id: EXT_ID, url: ORIGIN + 'popup.html' }, EXT_ID, ORIGIN)).toEqual({ kind: 'extension' });
    expect(
      classifySender({ id: EXT_ID, url: ORIGIN + 'note-editor.html', tab: { id: 3 }, frameId: 5 }, EXT_ID, ORIGIN),
    ).toEqual({ kind: 'extension', tabId: 3 });
    expect(classifySender({ id: EXT_ID, url: pageUrl, tab: { id: 3 }, frameId: 0 }, EXT_ID, ORIGIN)).toEqual({
      kind: 'content',
      tabId: 3,
      url: pageUrl,
    });
    expect(classifySender({ id: EXT_ID, url: pageUrl, tab: { id: 3 }, frameId: 2 }, EXT_ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: 'other', url: ORIGIN + 'popup.html' }, EXT_ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: EXT_ID, url: 'file:///x', tab: { id: 3 }, frameId: 0 }, EXT_ID, ORIGIN)).toBeNull();
  });
});

describe('handleMessage', () => {
  it('rejects malformed messages with the reason', async () => {
    expect(await handleMessage({ type: 'nope' }, popup, deps)).toEqual({
      ok: false,
      error: expect.stringMatching(/message.type/),
    });
    expect(await handleMessage({ type: 'tab/view', tabId: -1 }, popup, deps)).toEqual({
      ok: false,
      error: expect.stringMatching(/tabId/),
    });
    expect(await handleMessage(null, popup, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'tab/view', tabId: 1 }, null, deps)).toEqual({
      ok: false,
      error: 'Unknown sender',
    });
  });

  it('refuses extension-only messages from content scripts', async () => {
    const reply = await handleMessage({ type: 'tab/view', tabId: 7 }, content(), deps);
    expect(reply).toEqual({ ok: false, error: 'A content script may not send tab/view' });
  });

  it('stores a report for the sender tab only, sets the badge, and shows it in the tab view', async () => {
    const report = reportOf(page, [
      { id: 'msmt', count: 3 },
      { id: 'north-korea', count: 1 },
    ]);
    expect(await handleMessage(report, content(7), deps)).toEqual({ ok: true, value: { ok: true } });
    expect(badges.get(7)).toBe('2');
    expect(badgeLooks.get(7)).toBe(false);
    const view = await ask({ type: 'tab/view', tabId: 7 }, popup);
    expect(view.entities.map((e) => [e.id, e.count])).toEqual([
      ['msmt', 3],
      ['north-korea', 1],
    ]);
    expect(view.entities[0]?.background).toMatch(/eleven states/);
    expect(view.report).toEqual(analysis);
    const other = await handleMessage({ type: 'tab/view', tabId: 8 }, popup, deps);
    expect(other).toEqual({ ok: true, value: { page: null, report: null, entities: [], notes: [], anchoring: null } });
    expect(await db.pages.get(page.normalizedUrl)).toMatchObject({ verdict: 'mentions', seen: 1000 });
  });

  it('gives pages about the topic the distinct badge, and rejects a report with a bad verdict or score', async () => {
    await handleMessage(reportOf(page, [{ id: 'msmt', count: 2 }], { verdict: 'about', score: 0.9 }), content(7), deps);
    expect([badges.get(7), badgeLooks.get(7)]).toEqual(['1', true]);
    expect(await handleMessage(reportOf(page, [], { verdict: 'maybe' }), content(7), deps)).toEqual({
      ok: false,
      error: 'verdict must be one of about, mentions, none',
    });
    expect(await handleMessage(reportOf(page, [], { score: 3 }), content(7), deps)).toEqual({
      ok: false,
      error: 'score must be a number from 0 to 1',
    });
  });

  it('ignores the URL a content script claims, and a canonical URL on another site', async () => {
    const lying = {
      ...page,
      url: 'https://bank.example/',
      normalizedUrl: 'https://bank.example/',
      canonicalUrl: 'https://bank.example/',
    };
    await handleMessage(reportOf(lying, []), content(7), deps);
    const view = await ask({ type: 'tab/view', tabId: 7 }, popup);
    expect(view.page).toMatchObject({ normalizedUrl: 'https://news.example/story', site: 'news.example' });
    expect(view.page?.canonicalUrl).toBeUndefined();
    expect(badges.get(7)).toBe('');
  });

  it('turns a draft into a stored note that the tab view lists', async () => {
    await handleMessage(reportOf(page, [{ id: 'msmt', count: 1 }]), content(7), deps);
    await ask({ type: 'page/match', texts: ['The MSMT said so.'] }, content(7));
    const drafted = await handleMessage(
      { type: 'note/draft', draft: { page, target: { ...target, copies: 2 }, entityIds: ['msmt'] } },
      content(7),
      deps,
    );
    expect(drafted).toEqual({ ok: true, value: { draftId: 'draft-1' } });
    const editor: Sender = { kind: 'extension', tabId: 7 };
    const got = await ask({ type: 'draft/get', draftId: 'draft-1' }, editor);
    expect(got.entities.map((e) => e.id)).toEqual(['msmt']);
    const otherTab = await handleMessage(
      { type: 'draft/get', draftId: 'draft-1' },
      { kind: 'extension', tabId: 9 },
      deps,
    );
    expect(otherTab).toEqual({ ok: false, error: 'This draft belongs to another tab' });
    const created = await ask(
      { type: 'note/create', draftId: 'draft-1', comment: 'Arms to Russia', tags: ['arms'] },
      editor,
    );
    expect(created.note).toMatchObject({
      comment: 'Arms to Russia',
      tags: ['arms'],
      entityIds: ['msmt'],
      created: 1000,
    });
    expect(created.note.target.copies).toBe(2);
    const view = await ask({ type: 'tab/view', tabId: 7 }, popup);
    expect(view.notes.map((n) => n.comment)).toEqual(['Arms to Russia']);
    const again = await handleMessage(
      { type: 'note/create', draftId: 'draft-1', comment: 'x', tags: [] },
      editor,
      deps,
    );
    expect(again).toEqual({ ok: false, error: 'This note draft has expired: select the text again.' });
  });

  it('rejects a draft with an empty quote or inverted position', async () => {
    const bad = { ...target, position: { type: 'TextPositionSelector', start: 9, end: 2 } };
    const reply = await handleMessage(
      { type: 'note/draft', draft: { page, target: bad, entityIds: [] } },
      content(),
      deps,
    );
    expect(reply).toEqual({ ok: false, error: 'draft.target.position ends before it starts' });
    const badCount = await handleMessage(
      { type: 'note/draft', draft: { page, target: { ...target, copies: -1 }, entityIds: [] } },
      content(),
      deps,
    );
    expect(badCount).toEqual({ ok: false, error: 'draft.target.copies must be a non-negative integer' });
  });

  it('reads the knowledge base for analysis with the user’s aliases and without backgrounds', async () => {
    await db.aliases.put({ id: 'a1', entityId: 'msmt', text: 'Monitoring Team', lang: 'en', created: 1 });
    await db.aliases.put({ id: 'a2', entityId: 'gone', text: 'Orphan alias', lang: 'en', created: 1 });
    const kb = await analysisInput(db, () => ({ en: [{ term: 'sanctions', weight: 1 }] }));
    const msmt = kb.entities.find((e) => e.id === 'msmt')!;
    expect(msmt.type).toBe('international-body');
    expect(msmt.names).toContainEqual({ text: 'Monitoring Team', lang: 'en' });
    expect(msmt.background).toBe('');
    expect(kb.entities.find((e) => e.id === 'north-korea')?.names.map((n) => n.text)).toContain('Korea Utara');
    expect(kb.entities.some((e) => e.names.some((n) => n.text === 'Orphan alias'))).toBe(false);
    expect(kb.signals).toEqual({ en: [{ term: 'sanctions', weight: 1 }] });
  });

  it('gives no content script the knowledge base (it holds the user’s own entities and aliases)', async () => {
    const reply = await handleMessage({ type: 'kb/analysis' }, content(), deps);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^message\.type must be one of /);
  });

  it('gives a content script the entities found on its page for their cards, and opens them in the Bodies view', async () => {
    const opened: string[] = [];
    deps.openPage = async (path) => void opened.push(path);
    await ask({ type: 'page/match', texts: ['The MSMT said so.'] }, content(7));
    expect((await ask({ type: 'entity/get', id: 'msmt' }, content(7))).entity?.name).toBe(
      'Multilateral Sanctions Monitoring Team',
    );
    // The same page after an in-page link (the fragment is no other page).
    expect((await ask({ type: 'entity/get', id: 'msmt' }, content(7, `${pageUrl}#part-2`))).entity?.id).toBe('msmt');
    await ask({ type: 'ui/open-entity', id: 'msmt' }, content(7));
    expect(opened).toEqual(['/popup.html?view=bodies&entity=msmt']);
    // Not found on the page, found on another tab's page, or on the tab's page before it navigated: nothing to learn.
    for (const [id, sender] of [
      ['north-korea', content(7)],
      ['nope', content(7)],
      ['msmt', content(8)],
      ['msmt', content(7, 'https://news.example/other-story')],
    ] as const) {
      expect((await ask({ type: 'entity/get', id }, sender)).entity).toBeNull();
      expect(await handleMessage({ type: 'ui/open-entity', id }, sender, deps)).toEqual({
        ok: false,
        error: `Unknown entity: ${id}`,
      });
    }
    expect(opened).toHaveLength(1);
    // Extension pages read any entity.
    expect((await ask({ type: 'entity/get', id: 'north-korea' }, popup)).entity?.id).toBe('north-korea');
  });

  it('keeps what it found on a page through a change of the tab’s URL until the tab closes', async () => {
    await ask({ type: 'page/match', texts: ['The MSMT said so.'] }, content(7));
    await forgetTab(7, deps);
    expect((await ask({ type: 'entity/get', id: 'msmt' }, content(7))).entity?.id).toBe('msmt');
    await closeTab(7, deps);
    expect((await ask({ type: 'entity/get', id: 'msmt' }, content(7))).entity).toBeNull();
  });

  it('drops from a note draft the linked entities not found on the page', async () => {
    await ask({ type: 'page/match', texts: ['The MSMT said so.'] }, content(7));
    const { draftId } = await ask(
      { type: 'note/draft', draft: { page, target, entityIds: ['msmt', 'north-korea', 'user-secret'] } },
      content(7),
    );
    const got = await ask({ type: 'draft/get', draftId }, { kind: 'extension', tabId: 7 });
    expect(got.draft.entityIds).toEqual(['msmt']);
  });

  it('forgets a closed tab', async () => {
    await handleMessage(reportOf(page, []), content(7), deps);
    await forgetTab(7, deps);
    const view = await ask({ type: 'tab/view', tabId: 7 }, popup);
    expect(view.page).toBeNull();
  });
});
