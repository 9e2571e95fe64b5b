import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNote, type Note } from '../../core/notes/note';
import { pageIdentity } from '../../core/page-identity';
import { NotesRepo } from '../../db/notes-repo';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import type { MessageType, Response } from '../../messaging/protocol';
import { forgetTab, handleMessage, type HandlerDeps } from './handlers';
import type { Sender } from './sender';
import { memoryStore } from './session-store';

let db: SanctionsLensDb;
let deps: HandlerDeps;
let changes: number;

const target = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'MSMT', prefix: 'the ', suffix: ' said' },
  position: { type: 'TextPositionSelector' as const, start: 4, end: 8 },
  context: 'Yesterday the MSMT said so.',
};
const story = pageIdentity({ url: 'https://news.example/story', canonical: 'https://news.example/story' });
const mirrored = pageIdentity({ url: 'https://news.example/amp/story?id=1', canonical: 'https://news.example/amp' });
const elsewhere = pageIdentity({ url: 'https://other.example/story' });
const content = (url: string, tabId = 7): Sender => ({ kind: 'content', tabId, url });
const popup: Sender = { kind: 'extension' };
let n1: Note;
let n2: Note;

beforeEach(async () => {
  db = createDb('nh', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  changes = 0;
  let t = 5000;
  deps = {
    db,
    session: memoryStore(),
    setBadge: async () => undefined,
    now: () => ++t,
    notesChanged: async () => void changes++,
  };
  n1 = createNote({ page: story, target, comment: 'secret comment', tags: ['arms', 'ships'], now: 1, id: 'n1' });
  n2 = createNote({ page: elsewhere, target, comment: 'other site', tags: ['arms'], now: 2, id: 'n2' });
  await new NotesRepo(db).put(n1);
  await new NotesRepo(db).put(n2);
});
afterEach(() => db.close());

async function ask<T extends MessageType>(msg: { type: T } & Record<string, unknown>, sender: Sender) {
  const reply = await handleMessage(msg, sender, deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Response<T>;
}

describe('note targets for a content script', () => {
  it('gives the notes of the sender’s own page, by URL with tracking parameters, without comments or tags', async () => {
    const url = 'https://news.example/story?utm_source=x&fbclid=y#frag';
    const page = pageIdentity({ url });
    const { notes } = await ask({ type: 'note/targets', page }, content(url));
    expect(notes).toEqual([{ id: 'n1', kind: 'comment', target }]);
    expect(JSON.stringify(notes)).not.toContain('secret');
  });

  it('finds the same article at another URL by its canonical link or og:url on the same site', async () => {
    const url = 'https://news.example/amp/story?id=1';
    const asCanonical = { ...mirrored, canonicalUrl: 'https://news.example/story' };
    expect((await ask({ type: 'note/targets', page: asCanonical }, content(url))).notes.map((n) => n.id)).toEqual([
      'n1',
    ]);
    const byOg = await ask(
      { type: 'note/targets', page: mirrored, also: ['https://news.example/story'] },
      content(url),
    );
    expect(byOg.notes.map((n) => n.id)).toEqual(['n1']);
    expect((await ask({ type: 'note/targets', page: mirrored }, content(url))).notes).toEqual([]);
  });

  it('ignores a page’s claim to another site’s URL, in the page or among its other URLs', async () => {
    const url = 'https://evil.example/';
    const lying = {
      ...pageIdentity({ url }),
      normalizedUrl: elsewhere.normalizedUrl,
      canonicalUrl: story.normalizedUrl,
    };
    const reply = await ask({ type: 'note/targets', page: lying, also: [elsewhere.normalizedUrl] }, content(url));
    expect(reply.notes).toEqual([]);
  });

  it('is not for extension pages, and extension-only messages are not for content scripts', async () => {
    expect(await handleMessage({ type: 'note/targets', page: story }, popup, deps)).toEqual({
      ok: false,
      error: 'Only a content script may send this',
    });
    expect(await handleMessage({ type: 'note/delete', id: 'n1' }, content(story.url), deps)).toEqual({
      ok: false,
      error: 'A content script may not send note/delete',
    });
  });
});

describe('anchoring reports', () => {
  const report = (url: string) => ({
    type: 'page/report' as const,
    page: pageIdentity({ url }),
    verdict: 'none',
    score: 0,
    reasons: [],
    pageType: 'article',
    language: 'en',
    highlighted: false,
    entities: [],
  });

  it('lists anchored notes and orphans in the tab view, only for the page the tab shows', async () => {
    await ask(report(story.url), content(story.url));
    expect((await ask({ type: 'tab/view', tabId: 7 }, popup)).anchoring).toBeNull();
    await ask({ type: 'note/anchoring', anchored: [], orphans: ['n1', 'n2', 'made-up'] }, content(story.url));
    const view = await ask({ type: 'tab/view', tabId: 7 }, popup);
    expect(view.notes.map((n) => n.id)).toEqual(['n1']);
    expect(view.anchoring).toEqual({ anchored: [], orphans: ['n1'] });
    // The tab moved on to another page: the old report does not apply to it.
    await ask(report('https://news.example/next'), content('https://news.example/next'));
    expect((await ask({ type: 'tab/view', tabId: 7 }, popup)).anchoring).toBeNull();
  });

  it('forgets the report with the tab, and rejects a malformed report', async () => {
    await ask(report(story.url), content(story.url));
    await ask({ type: 'note/anchoring', anchored: ['n1'], orphans: [] }, content(story.url));
    await forgetTab(7, deps);
    expect(await deps.session.get('anchoring:7')).toBeUndefined();
    expect(
      await handleMessage({ type: 'note/anchoring', anchored: 'n1', orphans: [] }, content(story.url), deps),
    ).toEqual({ ok: false, error: 'anchored must be an array' });
  });
});

describe('editing and deleting notes', () => {
  it('reads a note with its entities and updates comment, tags, entities and kind', async () => {
    const got = await ask({ type: 'note/get', id: 'n1' }, popup);
    expect(got.note.comment).toBe('secret comment');
    const edit = {
      comment: 'Why?',
      tags: [' arms ', 'Arms', 'new'],
      entityIds: ['msmt', 'msmt', 'russia'],
      kind: 'question',
    };
    const { note } = await ask({ type: 'note/update', id: 'n1', edit }, popup);
    expect(note).toMatchObject({
      comment: 'Why?',
      tags: ['arms', 'new'],
      entityIds: ['msmt', 'russia'],
      kind: 'question',
    });
    expect(note.modified).toBeGreaterThan(note.created);
    expect(await new NotesRepo(db).get('n1')).toEqual(note);
    expect((await ask({ type: 'note/get', id: 'n1' }, popup)).entities.map((e) => e.id)).toEqual(['msmt', 'russia']);
    expect(changes).toBe(1);
    expect(
      await handleMessage({ type: 'note/update', id: 'n1', edit: { ...edit, kind: 'rant' } }, popup, deps),
    ).toEqual({ ok: false, error: 'kind must be one of highlight, comment, question' });
  });

  it('deletes a note and restores it exactly on undo, once', async () => {
    await ask({ type: 'note/delete', id: 'n1' }, popup);
    expect(await new NotesRepo(db).get('n1')).toBeUndefined();
    expect(await handleMessage({ type: 'note/get', id: 'n1' }, popup, deps)).toEqual({
      ok: false,
      error: 'This note no longer exists.',
    });
    const { note } = await ask({ type: 'note/restore', id: 'n1' }, popup);
    expect(note).toEqual(n1);
    expect(await new NotesRepo(db).get('n1')).toEqual(n1);
    expect(await handleMessage({ type: 'note/restore', id: 'n1' }, popup, deps)).toEqual({
      ok: false,
      error: 'There is no deleted note to restore.',
    });
    expect(changes).toBe(2);
  });

  it('saves a draft with the kind and entities the editor chose', async () => {
    deps.newId = () => 'd1';
    await ask({ type: 'note/draft', draft: { page: story, target, entityIds: ['msmt'] } }, content(story.url));
    const editor: Sender = { kind: 'extension', tabId: 7 };
    const { note } = await ask(
      { type: 'note/create', draftId: 'd1', comment: '', tags: [], kind: 'highlight', entityIds: ['russia'] },
      editor,
    );
    expect(note).toMatchObject({ kind: 'highlight', entityIds: ['russia'], comment: '' });
    expect(changes).toBe(1);
  });
});

describe('tags and entities for the editor', () => {
  it('lists tags in use, most used first', async () => {
    expect((await ask({ type: 'tags/list' }, popup)).tags).toEqual(['arms', 'ships']);
  });

  it('finds entities to link by the start of any of their names', async () => {
    const { entities } = await ask({ type: 'entity/search', q: '다국적' }, popup);
    expect(entities).toEqual([
      { id: 'msmt', name: 'Multilateral Sanctions Monitoring Team', type: 'international-body' },
    ]);
  });
});
