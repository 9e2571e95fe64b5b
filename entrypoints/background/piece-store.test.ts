import { describe, expect, it } from 'vitest';
import { PIECE_CHARS, type MessagePiece } from '../../messaging/message-pieces';
import { PieceStore } from './piece-store';

const piece = (id: string, index: number, count: number, text: string): MessagePiece => ({ id, index, count, text });

describe('PieceStore: requests', () => {
  it('gives the whole text once the last piece comes, and then holds nothing', () => {
    const store = new PieceStore();
    expect(store.put(1, piece('a', 0, 3, 'ab'))).toBeNull();
    expect(store.put(1, piece('a', 1, 3, 'cd'))).toBeNull();
    expect(store.charsOf(1)).toBe(4);
    expect(store.put(1, piece('a', 2, 3, 'e'))).toBe('abcde');
    expect(store.heldFor(1)).toBe(0);
    expect(store.charsOf(1)).toBe(0);
  });

  it('gives a message of one piece at once, holding nothing', () => {
    const store = new PieceStore();
    expect(store.put(1, piece('a', 0, 1, 'whole'))).toBe('whole');
    expect(store.heldFor(1)).toBe(0);
  });

  it('keeps messages of different ids and tabs apart', () => {
    const store = new PieceStore();
    store.put(1, piece('a', 0, 2, 'A1'));
    store.put(1, piece('b', 0, 2, 'B1'));
    store.put(2, piece('a', 0, 2, 'T2'));
    expect(store.put(1, piece('b', 1, 2, 'B2'))).toBe('B1B2');
    expect(store.put(2, piece('a', 1, 2, '!'))).toBe('T2!');
    expect(store.put(1, piece('a', 1, 2, 'A2'))).toBe('A1A2');
  });

  it("never completes a tab's message with another tab's piece: each tab has its own messages", () => {
    const store = new PieceStore();
    store.put(1, piece('a', 0, 2, 'secret'));
    // The same id from another tab is another message, which waits for its own first piece.
    expect(store.put(2, piece('a', 1, 2, 'x'))).toBeNull();
    expect(store.put(1, piece('a', 1, 2, '!'))).toBe('secret!');
    expect(store.put(2, piece('a', 0, 2, 'mine:'))).toBe('mine:x');
  });

  it('puts pieces that come out of order in their place', () => {
    const store = new PieceStore();
    expect(store.put(1, piece('a', 2, 3, 'z'))).toBeNull();
    expect(store.put(1, piece('a', 0, 3, 'x'))).toBeNull();
    expect(store.put(1, piece('a', 1, 3, 'y'))).toBe('xyz');
  });

  it('refuses a piece repeated, and drops the message', () => {
    const store = new PieceStore();
    store.put(1, piece('a', 0, 3, 'x'));
    store.put(1, piece('a', 1, 3, 'y'));
    expect(() => store.put(1, piece('a', 1, 3, 'y'))).toThrow(/Piece 1 came twice/);
    expect(store.heldFor(1)).toBe(0);
  });

  it('gives nothing while a piece is missing, and drops the message once idle', () => {
    let now = 0;
    const store = new PieceStore({ tabChars: 1000, tabMessages: 4, idleMs: 100 }, () => now);
    expect(store.put(1, piece('a', 0, 3, 'x'))).toBeNull();
    expect(store.put(1, piece('a', 2, 3, 'z'))).toBeNull();
    expect(store.heldFor(1)).toBe(1);
    now = 200;
    // Piece 1 comes too late: it starts a message of its own, which never completes.
    expect(store.put(1, piece('a', 1, 3, 'y'))).toBeNull();
    expect(store.charsOf(1)).toBe(1);
  });

  it('refuses a piece numbered past its count', () => {
    expect(() => new PieceStore().put(1, piece('a', 2, 2, 'y'))).toThrow(/past its count/);
  });

  it('refuses a piece whose count differs from the first', () => {
    const store = new PieceStore();
    store.put(1, piece('a', 0, 3, 'x'));
    expect(() => store.put(1, piece('a', 1, 2, 'y'))).toThrow(/says 2 pieces, the first said 3/);
    expect(store.heldFor(1)).toBe(0);
  });

  it('refuses an oversized piece', () => {
    expect(() => new PieceStore().put(1, piece('a', 0, 2, 'x'.repeat(PIECE_CHARS + 1)))).toThrow(/more than/);
  });

  it("bounds a tab's characters, dropping the message that passes the bound", () => {
    const store = new PieceStore({ tabChars: 10, tabMessages: 4, idleMs: 1000 });
    store.put(1, piece('a', 0, 3, '123456'));
    expect(() => store.put(1, piece('a', 1, 3, '78901'))).toThrow(/pass 10 characters/);
    expect(store.heldFor(1)).toBe(0);
    // Other tabs have their own bound.
    expect(store.put(2, piece('a', 0, 2, '123456'))).toBeNull();
  });

  it("bounds a tab's messages: the oldest goes to make room", () => {
    const store = new PieceStore({ tabChars: 1000, tabMessages: 2, idleMs: 1000 });
    store.put(1, piece('a', 0, 2, 'a'));
    store.put(1, piece('b', 0, 2, 'b'));
    store.put(1, piece('c', 0, 2, 'c'));
    expect(store.heldFor(1)).toBe(2);
    // 'a' went: its last piece starts over.
    expect(store.put(1, piece('a', 1, 2, '!'))).toBeNull();
    expect(store.put(1, piece('c', 1, 2, '!'))).toBe('c!');
  });

  it('drops a message left idle past the bound', () => {
    let now = 0;
    const store = new PieceStore({ tabChars: 1000, tabMessages: 4, idleMs: 100 }, () => now);
    store.put(1, piece('a', 0, 2, 'a'));
    now = 50;
    store.put(1, piece('b', 0, 3, 'b'));
    now = 120;
    expect(store.put(1, piece('a', 1, 2, '!'))).toBeNull();
    expect(store.charsOf(1)).toBe(2);
    expect(store.put(1, piece('b', 1, 3, 'c'))).toBeNull();
    expect(store.put(1, piece('b', 2, 3, 'd'))).toBe('bcd');
  });

  it('forgets a tab (navigation, tab closed)', () => {
    const store = new PieceStore();
    store.put(1, piece('a', 0, 2, 'a'));
    store.put(2, piece('a', 0, 2, 'b'));
    store.forgetTab(1);
    expect(store.heldFor(1)).toBe(0);
    expect(store.charsOf(1)).toBe(0);
    expect(store.put(2, piece('a', 1, 2, '!'))).toBe('b!');
  });
});

describe('PieceStore: long replies', () => {
  const long = 'r'.repeat(PIECE_CHARS) + 's'.repeat(PIECE_CHARS) + 't';

  it('hands the first piece at once and the others once each, then forgets the reply', () => {
    const store = new PieceStore();
    const kept = store.keepReply(1, long);
    expect(kept.count).toBe(3);
    expect(kept.text).toBe('r'.repeat(PIECE_CHARS));
    expect(store.charsOf(1)).toBe(PIECE_CHARS + 1);
    expect(store.takeReply(1, kept.id, 2)).toBe('t');
    expect(() => store.takeReply(1, kept.id, 2)).toThrow(/not held/);
    expect(store.takeReply(1, kept.id, 1)).toBe('s'.repeat(PIECE_CHARS));
    expect(store.heldFor(1)).toBe(0);
    expect(() => store.takeReply(1, kept.id, 1)).toThrow(/No such reply/);
  });

  it("gives no piece of a tab's reply to another tab", () => {
    const store = new PieceStore();
    const kept = store.keepReply(1, long);
    expect(() => store.takeReply(2, kept.id, 1)).toThrow(/No such reply/);
    expect(store.takeReply(1, kept.id, 1)).toHaveLength(PIECE_CHARS);
  });

  it('refuses piece 0 (it came with the answer) and pieces past the end', () => {
    const store = new PieceStore();
    const kept = store.keepReply(1, long);
    expect(() => store.takeReply(1, kept.id, 0)).toThrow(/not held/);
    expect(() => store.takeReply(1, kept.id, 3)).toThrow(/not held/);
  });

  it("keeps no reply that would pass the tab's bound", () => {
    const store = new PieceStore({ tabChars: PIECE_CHARS, tabMessages: 4, idleMs: 1000 });
    expect(() => store.keepReply(1, long)).toThrow(/pass/);
    expect(store.heldFor(1)).toBe(0);
  });
});
