// The background's keeping of long messages' pieces: per tab, bounded, until every piece came (requests)
// or the sender has taken every piece (long replies); forgotten when the tab navigates or closes.
import { MAX_PIECES, PIECE_CHARS, splitPieces, type MessagePiece } from '../../messaging/message-pieces';
import { InvalidMessageError } from '../../messaging/validate';

/** The bounds of a {@link PieceStore}. */
export interface PieceLimits {
  /** Most characters held for one tab (requests and replies together). */
  tabChars: number;
  /** Most messages (requests and replies) held for one tab; the oldest goes to make room. */
  tabMessages: number;
  /** A message whose last piece came longer ago than this is dropped (ms). */
  idleMs: number;
}

/** Default bounds: one page's texts (16 M characters each at most) and a little more. */
export const DEFAULT_PIECE_LIMITS: PieceLimits = { tabChars: MAX_PIECES * PIECE_CHARS, tabMessages: 4, idleMs: 60_000 };

interface Held {
  kind: 'request' | 'reply';
  count: number;
  /** The pieces by index (a request's not yet come are undefined; a reply's taken are ''). */
  pieces: (string | undefined)[];
  /** A request's pieces come so far. */
  received: number;
  chars: number;
  touched: number;
}

/** Pieces of long messages, per tab. Plain and synchronous, so that its rules are tested directly. */
export class PieceStore {
  private readonly tabs = new Map<number, Map<string, Held>>();
  private replies = 0;

  constructor(
    private readonly limits: PieceLimits = DEFAULT_PIECE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes one piece of a tab's request (pieces may come in any order). Returns the whole request's text once every
   * piece came, else null. Throws for a piece that came before or that does not agree with the earlier pieces, or that
   * would pass the tab's bound (the message is dropped then). A message whose pieces stop coming is dropped when
   * idle past the bound, or to make room.
   */
  put(tabId: number, piece: MessagePiece): string | null {
    this.expire();
    if (piece.text.length > PIECE_CHARS)
      throw new InvalidMessageError(`A piece holds more than ${PIECE_CHARS} characters`);
    if (piece.index >= piece.count) throw new InvalidMessageError('A piece is numbered past its count');
    if (piece.count === 1) return piece.text;
    const key = `q:${piece.id}`;
    let message = this.tabs.get(tabId)?.get(key);
    if (!message) {
      message = { kind: 'request', count: piece.count, pieces: [], received: 0, chars: 0, touched: this.now() };
      this.hold(tabId, key, message);
    } else if (piece.count !== message.count || message.pieces[piece.index] !== undefined) {
      this.drop(tabId, key);
      throw new InvalidMessageError(
        piece.count !== message.count
          ? `Piece ${piece.index} says ${piece.count} pieces, the first said ${message.count}`
          : `Piece ${piece.index} came twice`,
      );
    }
    if (this.charsOf(tabId) + piece.text.length > this.limits.tabChars) {
      this.drop(tabId, key);
      throw new InvalidMessageError(`This tab's messages pass ${this.limits.tabChars} characters`);
    }
    message.pieces[piece.index] = piece.text;
    message.received++;
    message.chars += piece.text.length;
    message.touched = this.now();
    if (message.received < message.count) return null;
    this.drop(tabId, key);
    return message.pieces.join('');
  }

  /**
   * Keeps a long reply's text for its tab and returns its first piece, the number of pieces and the id under which
   * the sender takes the others ({@link takeReply}). Throws when it passes the tab's bound.
   */
  keepReply(tabId: number, text: string): { id: string; count: number; text: string } {
    this.expire();
    const pieces = splitPieces(text);
    if (pieces.length > MAX_PIECES) throw new Error(`The reply needs more than ${MAX_PIECES} pieces`);
    const rest = text.length - pieces[0]!.length;
    if (this.charsOf(tabId) + rest > this.limits.tabChars)
      throw new Error(`This tab's messages pass ${this.limits.tabChars} characters`);
    const id = `r${++this.replies}`;
    if (pieces.length > 1) {
      this.hold(tabId, `r:${id}`, {
        kind: 'reply',
        count: pieces.length,
        pieces,
        received: 0,
        chars: rest,
        touched: this.now(),
      });
    }
    return { id, count: pieces.length, text: pieces[0]! };
  }

  /** Piece `index` (1 and on, each once) of a tab's kept reply; the reply is forgotten once every piece was taken. */
  takeReply(tabId: number, id: string, index: number): string {
    this.expire();
    const key = `r:${id}`;
    const reply = this.tabs.get(tabId)?.get(key);
    if (!reply) throw new Error('No such reply (it was taken, or it expired)');
    const text = reply.pieces[index];
    if (index < 1 || text === undefined || text === '') {
      throw new InvalidMessageError(`Reply piece ${index} is not held`);
    }
    // Each piece is handed out once; its characters no longer count against the tab.
    reply.pieces[index] = '';
    reply.chars -= text.length;
    reply.touched = this.now();
    if (reply.chars === 0) this.drop(tabId, key);
    return text;
  }

  /** Forgets everything held for a tab (it navigated or closed). */
  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Characters held for a tab (for tests and bounds). */
  charsOf(tabId: number): number {
    let n = 0;
    for (const m of this.tabs.get(tabId)?.values() ?? []) n += m.chars;
    return n;
  }

  /** Messages held for a tab. */
  heldFor(tabId: number): number {
    return this.tabs.get(tabId)?.size ?? 0;
  }

  private hold(tabId: number, key: string, message: Held): void {
    let held = this.tabs.get(tabId);
    if (!held) this.tabs.set(tabId, (held = new Map()));
    // The oldest goes to make room (Map keeps insertion order).
    while (held.size >= this.limits.tabMessages) held.delete(held.keys().next().value!);
    held.set(key, message);
  }

  private drop(tabId: number, key: string): void {
    const held = this.tabs.get(tabId);
    held?.delete(key);
    if (held?.size === 0) this.tabs.delete(tabId);
  }

  /** Drops messages left idle past the bound (a sender that went away mid-message). */
  private expire(): void {
    const before = this.now() - this.limits.idleMs;
    for (const [tabId, held] of this.tabs) {
      for (const [key, m] of held) if (m.touched < before) held.delete(key);
      if (held.size === 0) this.tabs.delete(tabId);
    }
  }
}
