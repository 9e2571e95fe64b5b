import { describe, expect, it } from 'vitest';
import {
  MAX_PIECES,
  messageOfText,
  messageText,
  PIECE_CHARS,
  PIECES_LOST,
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

describe('messageText', () => {
  const long = 'é"\\\n'.repeat(5000) + '{"$piece":1}';

  it('carries long strings beside the JSON, unescaped, and makes the same message again', () => {
    const message = {
      type: 'page/analyse',
      content: { pageText: long, mainText: '', lines: [1, 2] },
      texts: [long, 'x'],
    };
    const text = messageText(message);
    expect(
      text.startsWith(
        `${JSON.stringify({ type: 'page/analyse', content: { pageText: { $piece: 1 }, mainText: '', lines: [1, 2] }, texts: [{ $piece: 2 }, 'x'] }).length},${long.length},${long.length};`,
      ),
    ).toBe(true);
    expect(messageOfText(text)).toEqual(message);
  });

  it('leaves a short message as its JSON', () => {
    expect(messageOfText(messageText({ type: 'page/match', texts: ['a'] }))).toEqual({
      type: 'page/match',
      texts: ['a'],
    });
  });

  it('refuses texts that it did not make', () => {
    expect(() => messageOfText('{"type":"page/match"}')).toThrow('The pieces do not make a message');
    expect(() => messageOfText('5;{"a":1')).toThrow('The pieces do not make a message');
    expect(() => messageOfText('3,2;{}ab')).toThrow('The pieces do not make a message');
    expect(() => messageOfText('12;{"$piece":1}')).toThrow('names a part it does not have');
    expect(() => messageOfText('20,1;{"a":{"$piece":"1"}}x')).toThrow('names a part it does not have');
    const deep = '['.repeat(40) + ']'.repeat(40);
    expect(() => messageOfText(`${deep.length};${deep}`)).toThrow('nested too deeply');
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

  it('sends the pieces once more when none completed the message, then gives up', async () => {
    let posts = 0;
    const post = async () => {
      posts++;
      return { ok: true, value: { state: 'more' } };
    };
    await expect(
      sendPiecewise({ type: 'page/match', text: 'x'.repeat(PIECE_CHARS * 2) }, { post, yieldToPage }),
    ).rejects.toThrow(PIECES_LOST);
    expect(posts).toBe(6);
  });

  it("cuts the pieces from the message's parts: joined, they are its text", async () => {
    const message = {
      type: 'page/analyse',
      a: 'a'.repeat(PIECE_CHARS + 1234),
      n: [1, 2],
      b: 'b'.repeat(PIECE_CHARS - 7),
      c: 'c'.repeat(9000),
    };
    const texts: string[] = [];
    const post = async (m: object) => {
      const p = m as { index: number; count: number; text: string };
      texts[p.index] = p.text;
      return {
        ok: true,
        value: p.index < p.count - 1 ? { state: 'more' } : { state: 'done', reply: { ok: true, value: 1 } },
      };
    };
    expect(await sendPiecewise(message, { post, yieldToPage })).toBe(1);
    expect(texts.join('')).toBe(messageText(message));
    expect(texts.every((t) => t.length <= PIECE_CHARS)).toBe(true);
    expect(texts.length).toBe(Math.ceil(messageText(message).length / PIECE_CHARS));
    expect(messageOfText(texts.join(''))).toEqual(message);
  });

  it('encodes each piece in a task of its own, the first not in the task that made the text', async () => {
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
    expect(log).toEqual(['yield', 'piece 0', 'yield', 'piece 1']);
  });
});
