// Long messages in pieces: a content script sends a request whose text runs to millions of characters in pieces, each
// encoded by the browser in a task of its own, and takes a long reply back the same way.
import { InvalidMessageError, int, str } from './validate';

/** Most characters of one piece (the browser encodes a 256 K piece in a few ms; a 1.4 M message took 66 ms). */
export const PIECE_CHARS = 256 * 1024;
/** Most pieces of one message or reply (40 M characters: a page's texts are at most 16 M each). */
export const MAX_PIECES = 160;
/** The message types that a content script may send in pieces (the ones that carry a page's text). */
export const PIECEWISE_TYPES: readonly string[] = ['page/analyse', 'page/match'];
/** The error for a message whose pieces the receiver did not all keep (the tab navigated meanwhile): sent again once. */
export const PIECES_LOST = 'The receiver lost pieces of this message';

/** One piece of a request's text ({@link messageText}). */
export interface MessagePiece {
  /** The message's id, chosen by the sender (unique within its tab). */
  id: string;
  /** 0-based (the receiver takes them in any order). */
  index: number;
  count: number;
  text: string;
}

/** The request for one more piece of a long reply. */
export interface ReplyPieceAsk {
  id: string;
  index: number;
}

/**
 * The receiver's answer to a piece: more pieces are awaited; or (to the last piece) the whole message's reply; or,
 * when that reply is long, its first piece of `count`, the others to be asked for with `message/reply-piece`.
 */
export type PieceAnswer =
  | { state: 'more' }
  | { state: 'done'; reply: { ok: true; value: unknown } | { ok: false; error: string } }
  | { state: 'long'; id: string; count: number; text: string };

const pieceId = (v: unknown, path: string) => {
  const id = str(v, path, 64);
  if (!/^[\w-]+$/.test(id)) throw new InvalidMessageError(`${path} must be letters, digits, - or _`);
  return id;
};

/** Checks a piece of a request. */
export function parseMessagePiece(m: Record<string, unknown>): MessagePiece {
  const count = int(m.count, 'count');
  const index = int(m.index, 'index');
  if (count < 1 || count > MAX_PIECES) throw new InvalidMessageError(`count must be from 1 to ${MAX_PIECES}`);
  if (index >= count) throw new InvalidMessageError('index must be less than count');
  return { id: pieceId(m.id, 'id'), index, count, text: str(m.text, 'text', PIECE_CHARS) };
}

/** Checks the request for a piece of a long reply. */
export function parseReplyPieceAsk(m: Record<string, unknown>): ReplyPieceAsk {
  const index = int(m.index, 'index');
  if (index < 1 || index >= MAX_PIECES) throw new InvalidMessageError(`index must be from 1 to ${MAX_PIECES - 1}`);
  return { id: pieceId(m.id, 'id'), index };
}

/** `text` cut into pieces of at most `size` characters (at least one piece, '' for an empty text). */
export function splitPieces(text: string, size = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces.length ? pieces : [''];
}

/** How a sender posts one message and waits for the receiver's raw reply; and how it yields to its page. */
export interface PieceTransport {
  post(message: object): Promise<unknown>;
  /** Lets the page run before the next piece is encoded (each piece in a task of its own). */
  yieldToPage(): Promise<void>;
  /** A fresh message id (unique within the tab). */
  newId?(): string;
}

/** Unwraps a receiver's `{ ok, value | error }` reply. */
function unwrap(reply: unknown, what: string): unknown {
  const r = reply as { ok?: boolean; value?: unknown; error?: unknown } | undefined;
  if (!r || typeof r !== 'object') throw new Error(`No answer to ${what}`);
  if (r.ok !== true) throw new Error(typeof r.error === 'string' ? r.error : `Bad answer to ${what}`);
  return r.value;
}

const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** Strings longer than this travel beside the message's JSON, as they are (never escaped into it in one task). */
const LONG_STRING = 8 * 1024;
/** The key of the object that stands in the JSON for a long string: `{ "$piece": k }`, k the string's part. */
const PART_KEY = '$piece';
/** Most parts of one message (its JSON and its long strings). */
const MAX_PARTS = 64;
/** Deepest nesting in which long strings are looked for and put back. */
const MAX_DEPTH = 16;

/** The message with its long strings taken out into `parts` (from 1; part 0 is the JSON). */
function takeLongStrings(v: unknown, parts: string[], depth: number): unknown {
  if (typeof v === 'string') {
    if (v.length <= LONG_STRING || parts.length >= MAX_PARTS || depth > MAX_DEPTH) return v;
    parts.push(v);
    return { [PART_KEY]: parts.length - 1 };
  }
  if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => takeLongStrings(x, parts, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = takeLongStrings(x, parts, depth + 1);
  return out;
}

/**
 * The text that a message's pieces carry: a header of the parts' lengths (`12,300000,280000;`), the message's JSON
 * with each long string replaced by `{ "$piece": k }`, then the long strings as they are. No one step escapes a
 * long string into JSON (which costs as much as the browser's own encoding of the message).
 */
export function messageText(message: object): string {
  return messageParts(message).join('');
}

/** {@link messageText} as its parts: the header with the JSON, then the long strings (joined, it is the text). */
function messageParts(message: object): string[] {
  const parts = [''];
  const skeleton = takeLongStrings(message, parts, 0);
  parts[0] = JSON.stringify(skeleton);
  return [`${parts.map((p) => p.length).join(',')};${parts[0]}`, ...parts.slice(1)];
}

/**
 * Piece `index` of the text that `parts` make when joined, cut from the parts themselves (joining a page's texts
 * whole would copy millions of characters in one task).
 */
function pieceOf(parts: readonly string[], index: number, size = PIECE_CHARS): string {
  const from = index * size;
  const to = from + size;
  const out: string[] = [];
  let at = 0;
  for (const part of parts) {
    const end = at + part.length;
    if (end > from && at < to) out.push(part.slice(Math.max(0, from - at), Math.min(part.length, to - at)));
    at = end;
    if (at >= to) break;
  }
  return out.join('');
}

/** Puts the long strings back in place of their stand-ins. */
function putBack(v: unknown, parts: readonly string[], depth: number): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (depth > MAX_DEPTH) throw new InvalidMessageError('The message is nested too deeply');
  if (Array.isArray(v)) return v.map((x) => putBack(x, parts, depth + 1));
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === PART_KEY) {
    const k = o[PART_KEY];
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k >= parts.length)
      throw new InvalidMessageError('The message names a part it does not have');
    return parts[k];
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = putBack(o[key], parts, depth + 1);
  return out;
}

/** The message that {@link messageText} made the text of; throws {@link InvalidMessageError} for any other text. */
export function messageOfText(text: string): unknown {
  const header = /^(\d{1,9}(?:,\d{1,9}){0,63});/.exec(text);
  if (!header) throw new InvalidMessageError('The pieces do not make a message');
  const lengths = header[1]!.split(',').map(Number);
  let at = header[0].length;
  if (lengths.reduce((sum, n) => sum + n, at) !== text.length)
    throw new InvalidMessageError('The pieces do not make a message');
  const parts = lengths.map((n) => text.slice(at, (at += n)));
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(parts[0]!);
  } catch {
    throw new InvalidMessageError('The pieces do not make a message');
  }
  return putBack(skeleton, parts, 0);
}

/**
 * Sends `message` (an object with its `type`) and returns the reply's value: as it is when it is short, else its
 * {@link messageText} in pieces of {@link PIECE_CHARS}, one per task, taking a long reply back in pieces too. A
 * message whose earlier pieces the receiver lost (the tab navigated meanwhile) is sent once more.
 */
export async function sendPiecewise(
  message: { type: string; [key: string]: unknown },
  transport: PieceTransport,
): Promise<unknown> {
  const parts = messageParts(message);
  const length = parts.reduce((n, p) => n + p.length, 0);
  if (length <= PIECE_CHARS) return unwrap(await transport.post(message), message.type);
  const count = Math.ceil(length / PIECE_CHARS);
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendPieces(parts, count, message.type, transport);
    } catch (err) {
      if (attempt > 0 || !(err instanceof Error) || err.message !== PIECES_LOST) throw err;
    }
  }
}

async function sendPieces(
  parts: readonly string[],
  count: number,
  type: string,
  transport: PieceTransport,
): Promise<unknown> {
  const id = (transport.newId ?? randomId)();
  const answers: Promise<PieceAnswer>[] = [];
  for (let index = 0; index < count; index++) {
    // Each piece is encoded in a task of its own (the first not in the caller's, which made the text), and sent
    // without waiting for the answers to the others.
    await transport.yieldToPage();
    const text = pieceOf(parts, index);
    const posted = transport.post({ type: 'message/piece', id, index, count, text });
    answers.push(posted.then((reply) => unwrap(reply, type) as PieceAnswer));
    // Failures are reported by Promise.all below.
    answers[index]!.catch(() => undefined);
  }
  // The piece that completed the message has its reply; the others were told to wait for more.
  const answer = (await Promise.all(answers)).find((a) => a?.state !== 'more');
  if (!answer) throw new Error(PIECES_LOST);
  if (answer.state === 'done') return unwrap(answer.reply, type);
  if (answer.state !== 'long' || !(answer.count > 1) || answer.count > MAX_PIECES)
    throw new Error(`Bad answer to ${type}`);
  const rest: Promise<string>[] = [];
  for (let index = 1; index < answer.count; index++) {
    const posted = transport.post({ type: 'message/reply-piece', id: answer.id, index });
    rest.push(
      posted.then((got) => str((unwrap(got, type) as { text?: unknown } | null)?.text, 'reply piece', PIECE_CHARS)),
    );
    rest[rest.length - 1]!.catch(() => undefined);
  }
  const replyParts = [answer.text, ...(await Promise.all(rest))];
  // Parsed in a task of its own, after the last piece's.
  await transport.yieldToPage();
  return JSON.parse(replyParts.join('')) as unknown;
}
