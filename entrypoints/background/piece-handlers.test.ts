import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import { decodeSpans } from '../../messaging/match-spans';
import { messageText, PIECE_CHARS, sendPiecewise, splitPieces } from '../../messaging/message-pieces';
import type { PageMatches } from '../../messaging/page-analysis';
import { handleMessage, type HandlerDeps } from './handlers';
import { PieceStore } from './piece-store';
import type { Sender } from './sender';
import { memoryStore } from './session-store';

let db: SanctionsLensDb;
let deps: HandlerDeps;
const tab3: Sender = { kind: 'content', tabId: 3, url: 'https://news.example/a' };
const tab4: Sender = { kind: 'content', tabId: 4, url: 'https://other.example/b' };

beforeEach(async () => {
  db = createDb('pieces', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  deps = { db, session: memoryStore(), setBadge: async () => undefined, pieces: new PieceStore() };
});
afterEach(() => db.close());

/** A transport to the background's handleMessage, as one sender, recording what it posts. */
function transport(sender: Sender, posted: { type: string; index?: number }[] = []) {
  let n = 0;
  return {
    post: async (message: object) => {
      posted.push(message as { type: string });
      return handleMessage(structuredClone(message), sender, deps);
    },
    yieldToPage: async () => undefined,
    newId: () => `m${++n}`,
  };
}

const sentence = 'The MSMT said that North Korea sent arms to Russia. ';

describe('messages in pieces, through the background', () => {
  it('sends a short request as it is', async () => {
    const posted: { type: string }[] = [];
    const value = (await sendPiecewise(
      { type: 'page/match', texts: [sentence] },
      transport(tab3, posted),
    )) as PageMatches;
    expect(posted.map((p) => p.type)).toEqual(['page/match']);
    expect(decodeSpans(value.spans[0]!).length).toBeGreaterThan(0);
  });

  it('sends a long request in pieces and takes its long reply in pieces: the same answer as at once', async () => {
    const text = sentence.repeat(Math.ceil((PIECE_CHARS * 5) / sentence.length));
    const posted: { type: string; index?: number }[] = [];
    const value = (await sendPiecewise({ type: 'page/match', texts: [text] }, transport(tab3, posted))) as PageMatches;
    const pieces = posted.filter((p) => p.type === 'message/piece');
    expect(pieces.length).toBe(6);
    expect(pieces.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const direct = await handleMessage({ type: 'page/match', texts: [text] }, tab3, deps);
    if (!direct.ok) throw new Error(direct.error);
    const json = JSON.stringify(direct.value);
    // The reply is long too (its spans), so it came back in pieces.
    expect(json.length).toBeGreaterThan(PIECE_CHARS);
    expect(posted.filter((p) => p.type === 'message/reply-piece').length).toBe(splitPieces(json).length - 1);
    expect(value).toEqual(direct.value);
    expect(deps.pieces!.heldFor(3)).toBe(0);
  });

  it('gives the whole message the same checks: a bad request gets its error on the last piece', async () => {
    const text = 'x'.repeat(PIECE_CHARS + 10);
    await expect(sendPiecewise({ type: 'page/match', texts: text }, transport(tab3))).rejects.toThrow(
      /texts must be an array/,
    );
  });

  it('refuses in pieces a type that may not come in pieces', async () => {
    const json = messageText({ type: 'note/anchoring', anchored: ['x'.repeat(PIECE_CHARS)], orphans: [] });
    const [a, b] = splitPieces(json);
    const t = transport(tab3);
    await t.post({ type: 'message/piece', id: 'q', index: 0, count: 2, text: a });
    const reply = await t.post({ type: 'message/piece', id: 'q', index: 1, count: 2, text: b });
    expect(reply).toEqual({ ok: false, error: 'note/anchoring may not be sent in pieces' });
  });

  it('refuses pieces that do not make JSON', async () => {
    const t = transport(tab3);
    await t.post({ type: 'message/piece', id: 'q', index: 0, count: 2, text: '{"type":' });
    expect(await t.post({ type: 'message/piece', id: 'q', index: 1, count: 2, text: '"page/ma' })).toEqual({
      ok: false,
      error: 'The pieces do not make a message',
    });
  });

  it("answers only the sender's own tab: another tab cannot finish or read a tab's message", async () => {
    const text = sentence.repeat(Math.ceil((PIECE_CHARS * 5) / sentence.length));
    const pieces = splitPieces(messageText({ type: 'page/match', texts: [text] }));
    const last = pieces.length - 1;
    const piece = (index: number) => ({
      type: 'message/piece',
      id: 'q',
      index,
      count: pieces.length,
      text: pieces[index],
    });
    for (let i = 0; i < last; i++) await transport(tab3).post(piece(i));
    // Another tab's piece of the same id is a message of its own in that tab.
    expect(await transport(tab4).post(piece(last))).toEqual({ ok: true, value: { state: 'more' } });
    const answer = (await transport(tab3).post(piece(last))) as { ok: true; value: { state: string; id: string } };
    expect(answer.value.state).toBe('long');
    expect(await transport(tab4).post({ type: 'message/reply-piece', id: answer.value.id, index: 1 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No such reply/),
    });
  });

  it('refuses pieces from an extension page, and bad pieces with a clear error', async () => {
    const piece = { type: 'message/piece', id: 'q', index: 0, count: 2, text: 'x' };
    expect(await handleMessage(piece, { kind: 'extension' }, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ ...piece, index: 2 }, tab3, deps)).toEqual({
      ok: false,
      error: 'index must be less than count',
    });
    expect(await handleMessage({ ...piece, id: 'a b' }, tab3, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ ...piece, text: 'x'.repeat(PIECE_CHARS + 1) }, tab3, deps)).toMatchObject({
      ok: false,
    });
    expect(await handleMessage({ ...piece, count: 10_000 }, tab3, deps)).toMatchObject({ ok: false });
  });

  it('sends the message once more when the background lost some of its pieces (the tab navigated)', async () => {
    const text = sentence.repeat(Math.ceil((PIECE_CHARS * 1.5) / sentence.length));
    const t = transport(tab3);
    let forgot = false;
    const post = async (message: object) => {
      const m = message as { type: string; index?: number };
      if (m.type === 'message/piece' && m.index === 1 && !forgot) {
        forgot = true;
        deps.pieces!.forgetTab(3);
      }
      return t.post(message);
    };
    const value = (await sendPiecewise({ type: 'page/match', texts: [text] }, { ...t, post })) as PageMatches;
    expect(forgot).toBe(true);
    expect(value.spans).toHaveLength(1);
  });
});
