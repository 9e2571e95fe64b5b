// Notes saved at the same moment from several tabs (and during an import from the Library) are all kept.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportW3c } from '../../core/export/w3c-export';
import { variedNotes } from '../../core/export/test-notes';
import { importNotesFile } from '../../core/import/import-file';
import { pageIdentity } from '../../core/page-identity';
import { LibraryRepo } from '../../db/library-repo';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { handleMessage, type HandlerDeps } from './handlers';
import type { Sender } from './sender';
import { memoryStore } from './session-store';

let db: SanctionsLensDb;
afterEach(() => db.close());

const TABS = 8;
const PER_TAB = 5;

async function ask(msg: Record<string, unknown>, sender: Sender, deps: HandlerDeps): Promise<Record<string, unknown>> {
  const reply = await handleMessage(msg, sender, deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Record<string, unknown>;
}

describe('saving from several tabs at once', () => {
  it(`keeps all ${TABS * PER_TAB} notes saved concurrently from ${TABS} tabs, and an import running meanwhile`, async () => {
    db = createDb('tabs', { indexedDB: new IDBFactory(), IDBKeyRange });
    const deps: HandlerDeps = { db, session: memoryStore(), setBadge: async () => undefined };
    const drafts: { tabId: number; draftId: string }[] = [];
    for (let tab = 1; tab <= TABS; tab++) {
      const url = `https://news${tab}.example/story`;
      const page = pageIdentity({ url, title: `Story ${tab}` });
      for (let i = 0; i < PER_TAB; i++) {
        const exact = `quote ${tab}-${i}`;
        const target = {
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: exact.length },
        };
        const { draftId } = await ask(
          { type: 'note/draft', draft: { page, target, entityIds: [] } },
          { kind: 'content', tabId: tab, url },
          deps,
        );
        drafts.push({ tabId: tab, draftId: draftId as string });
      }
    }
    const imported = variedNotes(25, 31);
    const file = importNotesFile(exportW3c(imported, { appVersion: '0', now: 1 }), { now: 1 });
    await Promise.all([
      ...drafts.map(({ tabId, draftId }) =>
        ask(
          { type: 'note/create', draftId, comment: `from tab ${tabId}`, tags: [] },
          { kind: 'extension', tabId },
          deps,
        ),
      ),
      new LibraryRepo(db).apply(file),
    ]);
    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(TABS * PER_TAB + imported.length);
    for (let tab = 1; tab <= TABS; tab++) {
      expect(stored.filter((n) => n.comment === `from tab ${tab}`)).toHaveLength(PER_TAB);
    }
  });
});

describe('a full disk while saving a note', () => {
  it('answers with a clear error and keeps every note already saved', async () => {
    db = createDb('full', { indexedDB: new IDBFactory(), IDBKeyRange });
    const deps: HandlerDeps = { db, session: memoryStore(), setBadge: async () => undefined };
    const saved = variedNotes(5, 2);
    await db.notes.bulkPut(saved);
    const url = 'https://news.example/story';
    const exact = 'quote';
    const target = {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    };
    const { draftId } = await ask(
      { type: 'note/draft', draft: { page: pageIdentity({ url }), target, entityIds: [] } },
      { kind: 'content', tabId: 3, url },
      deps,
    );
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(quota);
    const reply = await handleMessage(
      { type: 'note/create', draftId, comment: 'lost?', tags: [] },
      { kind: 'extension', tabId: 3 },
      deps,
    );
    put.mockRestore();
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/storage for Sanctions Lens is full/) });
    expect(await db.notes.toArray()).toEqual(expect.arrayContaining(saved));
    expect(await db.notes.count()).toBe(saved.length);
  });
});
