// The background's side of long messages in pieces: keeps a content script's pieces until the last one comes, answers
// the whole message as if it came at once (same sender, same checks), and hands a long reply back in pieces.
import {
  messageOfText,
  PIECE_CHARS,
  PIECEWISE_TYPES,
  type MessagePiece,
  type PieceAnswer,
  type ReplyPieceAsk,
} from '../../messaging/message-pieces';
import type { MessageType, Reply } from '../../messaging/protocol';
import { InvalidMessageError } from '../../messaging/validate';
import type { HandlerDeps } from './handlers';
import type { PieceStore } from './piece-store';
import type { Sender } from './sender';
import { contentTab } from './sender-page';

/** Answers one whole message (the background's `handleMessage`). */
export type Dispatch = (raw: unknown, sender: Sender | null, deps: HandlerDeps) => Promise<Reply<MessageType>>;

function storeOf(deps: HandlerDeps): PieceStore {
  if (!deps.pieces) throw new Error('Messages in pieces are not taken here');
  return deps.pieces;
}

/**
 * Takes a piece of a content script's message (its own tab's only). On the last piece, the whole message is made,
 * checked to be of a type that may come in pieces, and answered by `dispatch` like any message from that sender; a
 * reply whose JSON is longer than a piece is kept and its first piece sent.
 */
export async function receivePiece(
  piece: MessagePiece,
  sender: Sender,
  deps: HandlerDeps,
  dispatch: Dispatch,
): Promise<PieceAnswer> {
  const { tabId } = contentTab(sender);
  const store = storeOf(deps);
  const whole = store.put(tabId, piece);
  if (whole === null) return { state: 'more' };
  const raw = messageOfText(whole);
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !PIECEWISE_TYPES.includes(type)) {
    throw new InvalidMessageError(`${String(type)} may not be sent in pieces`);
  }
  const reply = await dispatch(raw, sender, deps);
  if (!reply.ok) return { state: 'done', reply };
  const json = JSON.stringify(reply.value);
  if (json.length <= PIECE_CHARS) return { state: 'done', reply };
  return { state: 'long', ...store.keepReply(tabId, json) };
}

/** One more piece of a long reply, for the tab it was made for. */
export async function replyPiece(ask: ReplyPieceAsk, sender: Sender, deps: HandlerDeps): Promise<{ text: string }> {
  const { tabId } = contentTab(sender);
  return { text: storeOf(deps).takeReply(tabId, ask.id, ask.index) };
}
