import { describe, expect, it } from 'vitest';
import {
  MAX_PIECES,
  PIECE_CHARS,
  parseMessagePiece,
  parseReplyPieceAsk,
  sendPiecewise,
  splitPieces,
} from './message-pieces';

describe('splitPieces', () => {
  it('cuts a text into pieces of at most the size, joined back as it was', () => {
    expect(splitPieces('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(splitPieces('abcdef', 3)).toEqual(['abc', 'def']);
    expect(splitPieces('', 3)).toEqual(['']);
  });
});

describe('piece validators', () => {
  it('take a good piece and refuse bad ones with the reason', () => {
    expect(parseMessagePiece({ id: 'a-1', index: 1, count: 2, text: 'x' })).toEqual({
      id: 'a-1',
      index: 1,
      count: 2,
      text: 'x',
    });
    expect(() => parseMessagePiece({ id: 'a', index: 2, count: 2, text: '' })).toThrow(/less than count/);
    expect(() => parseMessagePiece({ id: 'a', index: 0, count: 0, text: '' })).toThrow(/count must be/);
    expect(() => parseMessagePiece({ id: 'a', index: 0, count: MAX_PIECES + 1, text: '' })).toThrow(/count/);
    expect(() => parseMessagePiece({ id: 'a/b', index: 0, count: 1, text: '' })).toThrow(/id/);
    expect(() => parseMessagePiece({ id: 'a', index: 0, count: 1, text: 'x'.repeat(PIECE_CHARS + 1) })).toThrow(
      /text is longer/,
    );
    expect(() => parseMessagePiece({ id: 'a', index: -1, count: 1, text: '' })).toThrow(/index/);
    expect(parseReplyPieceAsk({ id: 'r1', index: 1 })).toEqual({ id: 'r1', index: 1 });
    expect(() => parseReplyPieceAsk({ id: 'r1', index: 0 })).toThrow(/index/);
  });
});

describe('sendPiecewise', () => {
  const yieldToPage = async () => undefined;

  it('throws the receiver’s error, and for no answer', async () => {
    await expect(
      sendPiecewise({ type: 'page/match' }, { post: async () => ({ ok: false, error: 'nope' }), yieldToPage }),
    ).rejects.toThrow('nope');
    await expect(sendPiecewise({ type: 'page/match' }, { post: async () => undefined, yieldToPage })).rejects.toThrow(
      'No answer to page/match',
    );
  });

  it('refuses an answer that ends a message before its last piece', async () => {
    const post = async () => ({ ok: true, value: { state: 'done', reply: { ok: true, value: 1 } } });
    await expect(
      sendPiecewise(
        { type: 'page/match', text: 'x'.repeat(PIECE_CHARS * 2) },
        {
          post,
          yieldToPage,
        },
      ),
    ).rejects.toThrow(/Bad answer to a piece/);
  });

  it('encodes each piece after yielding: the first piece not in the task that made the JSON', async () => {
    const log: string[] = [];
    const post = async (m: object) => {
      const p = m as { index: number; count: number };
      log.push(`piece ${p.index}`);
      return {
        ok: true,
        value: p.index < p.count - 1 ? { state: 'more' } : { state: 'done', reply: { ok: true, value: 7 } },
      };
    };
    const value = await sendPiecewise(
      { type: 'page/match', t: 'x'.repeat(PIECE_CHARS) },
      {
        post,
        yieldToPage: async () => void log.push('yield'),
      },
    );
    expect(value).toBe(7);
    expect(log).toEqual(['yield', 'piece 0', 'piece 1']);
  });
});
